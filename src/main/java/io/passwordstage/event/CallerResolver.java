package io.passwordstage.event;

import io.passwordstage.auth.PermissionCheck;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a route the {@link Caller} of its request. */
class CallerResolver implements HandlerMethodArgumentResolver {

	private final PermissionCheck access;

	CallerResolver(PermissionCheck access) {
		this.access = access;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return Caller.of(webRequest.getNativeRequest(HttpServletRequest.class), access.current());
	}

}

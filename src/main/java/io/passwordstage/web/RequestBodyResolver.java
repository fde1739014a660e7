package io.passwordstage.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a controller its body, already read whole by {@link BodyReadInterceptor}: a
 * {@code Body<T>} through {@code T}'s {@link DrfStep}, or a {@link MultipartForm}. What
 * reading it met (a refusal, 415, a parse error) stays in the body, raised when the
 * service reads it. Never reads from the client.
 */
class RequestBodyResolver implements HandlerMethodArgumentResolver {

	private final JsonBodyParser parser;

	private final ObjectProvider<DrfSteps> steps;

	RequestBodyResolver(JsonBodyParser parser, ObjectProvider<DrfSteps> steps) {
		this.parser = parser;
		this.steps = steps;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Body.class || parameter.getParameterType() == MultipartForm.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		boolean json = parameter.getParameterType() == Body.class;
		byte[] bytes;
		try {
			bytes = bytes(request);
		}
		catch (ApiException refusal) {
			return json ? Body.failed(refusal) : MultipartForm.failed(refusal);
		}
		if (!json) {
			return bytes == null ? MultipartForm.empty() : MultipartForm.parse(bytes, request.getContentType());
		}
		Class<?> type = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
		try {
			return steps.getObject()
				.read(type, parser.parse(bytes == null ? new byte[0] : bytes, request.getContentType()));
		}
		catch (ApiException failure) {
			return Body.failed(failure);
		}
	}

	/** The body's bytes; {@code null} without one. */
	private static byte[] bytes(HttpServletRequest request) {
		PendingBody body = PendingBody.of(request);
		if (body == null) {
			return null;
		}
		if (body.refusal() != null) {
			throw body.refusal();
		}
		if (!body.complete()) {
			throw new IllegalStateException("a body route ran before its body was read");
		}
		return body.bytes();
	}

}

package io.passwordstage.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a controller its body, already read whole by {@link BodyReadInterceptor}: as a
 * {@link JsonBody} or a {@link MultipartForm}. Never reads from the client.
 */
class RequestBodyResolver implements HandlerMethodArgumentResolver {

	private final JsonBodyParser parser;

	RequestBodyResolver(JsonBodyParser parser) {
		this.parser = parser;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == JsonBody.class || parameter.getParameterType() == MultipartForm.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		PendingBody body = PendingBody.of(request);
		boolean json = parameter.getParameterType() == JsonBody.class;
		if (body == null) {
			return json ? JsonBody.empty() : MultipartForm.empty();
		}
		if (body.refusal() != null) {
			return json ? JsonBody.failed(body.refusal()) : MultipartForm.failed(body.refusal());
		}
		if (!body.complete()) {
			throw new IllegalStateException("a body route ran before its body was read");
		}
		byte[] bytes = body.bytes();
		return json ? parser.parse(bytes, request.getContentType())
				: MultipartForm.parse(bytes, request.getContentType());
	}

}

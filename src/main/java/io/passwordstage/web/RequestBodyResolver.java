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
 * Hands a controller its body, already read whole by {@link BodyReadInterceptor}: typed
 * by its request type's {@link DrfStep} ({@code DrfInput<T>}), or as a
 * {@link MultipartForm}. Never reads from the client.
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
		return parameter.getParameterType() == DrfInput.class || parameter.getParameterType() == MultipartForm.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (parameter.getParameterType() == DrfInput.class) {
			Class<?> type = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
			return steps.getObject().read(type, jsonBody(request));
		}
		return form(request);
	}

	private JsonBody jsonBody(HttpServletRequest request) {
		PendingBody body = PendingBody.of(request);
		if (body == null) {
			return JsonBody.empty();
		}
		if (body.refusal() != null) {
			return JsonBody.failed(body.refusal());
		}
		requireComplete(body);
		return parser.parse(body.bytes(), request.getContentType());
	}

	private static MultipartForm form(HttpServletRequest request) {
		PendingBody body = PendingBody.of(request);
		if (body == null) {
			return MultipartForm.empty();
		}
		if (body.refusal() != null) {
			return MultipartForm.failed(body.refusal());
		}
		requireComplete(body);
		return MultipartForm.parse(body.bytes(), request.getContentType());
	}

	private static void requireComplete(PendingBody body) {
		if (!body.complete()) {
			throw new IllegalStateException("a body route ran before its body was read");
		}
	}

}

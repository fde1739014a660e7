package io.passwordstage.web;

import java.util.function.Function;
import java.util.function.Supplier;

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
		return fromBody(request, JsonBody::empty, JsonBody::failed,
				bytes -> parser.parse(bytes, request.getContentType()));
	}

	private static MultipartForm form(HttpServletRequest request) {
		return fromBody(request, MultipartForm::empty, MultipartForm::failed,
				bytes -> MultipartForm.parse(bytes, request.getContentType()));
	}

	/** The body as {@code parse} reads it; {@code none} without one. */
	private static <T> T fromBody(HttpServletRequest request, Supplier<T> none, Function<ApiException, T> refused,
			Function<byte[], T> parse) {
		PendingBody body = PendingBody.of(request);
		if (body == null) {
			return none.get();
		}
		if (body.refusal() != null) {
			return refused.apply(body.refusal());
		}
		if (!body.complete()) {
			throw new IllegalStateException("a body route ran before its body was read");
		}
		return parse.apply(body.bytes());
	}

}

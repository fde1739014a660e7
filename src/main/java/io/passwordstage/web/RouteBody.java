package io.passwordstage.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * What a route takes as its body: JSON (through a {@link DrfStep}), or a multipart form.
 */
enum RouteBody {

	JSON, FORM;

	static RouteBody of(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.getParameterType() == Body.class) {
				return JSON;
			}
			if (parameter.getParameterType() == MultipartForm.class) {
				return FORM;
			}
		}
		return null;
	}

	/**
	 * Why the body will not be read, known from the request's head alone: a declared
	 * length over the limit, or a content type the route does not take.
	 */
	ApiException refusal(HttpServletRequest request, long limit) {
		if (request.getContentLengthLong() > limit) {
			return PendingBody.tooLarge(limit);
		}
		String contentType = request.getContentType();
		boolean accepted = this == JSON ? JsonBodyParser.isJson(contentType) : MultipartForm.accepts(contentType);
		if (request.getContentLengthLong() > 0 && !accepted) {
			return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorTexts.unsupportedMediaType(contentType));
		}
		return null;
	}

}

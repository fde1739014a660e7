package io.passwordstage.apischema;

import java.lang.reflect.Type;

import io.passwordstage.web.Body;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * A route's request body and success response as drf-spectacular derives them from a
 * viewset, here from the route's signature, where the route does not declare them: the
 * request body of its {@code Body<T>} ({@code Patched<T>} on a partial update), and the
 * success response of its return type with the status of its {@code @ResponseStatus}.
 */
final class RouteBodies {

	private RouteBodies() {
	}

	/**
	 * @param partial whether the route is a partial update
	 */
	static void describe(Operation operation, HandlerMethod handler, boolean partial, Components components) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.getParameterType() == Body.class && operation.getRequestBody() == null) {
				operation.setRequestBody(requestBody(parameter, partial, components));
			}
		}
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		String code = String.valueOf(status == null ? 200 : status.code().value());
		if (operation.getResponses() != null
				&& operation.getResponses().keySet().stream().noneMatch(declared -> declared.startsWith("2"))) {
			Type answer = handler.getReturnType().getGenericParameterType();
			// descriptions are left to the document's shaping: "" or, for a 204, "No
			// response body"
			operation.getResponses()
				.addApiResponse(code, answer == void.class ? new ApiResponse() : new ApiResponse().content(json(
						SpringDocAnnotationsUtils.extractSchema(components, answer, null, null, SpecVersion.V30))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Content json(Schema schema) {
		return new Content().addMediaType("application/json", new MediaType().schema(schema));
	}

	@SuppressWarnings("rawtypes")
	private static RequestBody requestBody(MethodParameter parameter, boolean partial, Components components) {
		Class<?> type = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
		Schema whole = SpringDocAnnotationsUtils.extractSchema(components, type, null, null, SpecVersion.V30);
		Schema schema = partial ? new Schema<>().$ref(whole.get$ref().replace("/schemas/", "/schemas/Patched")) : whole;
		RequestBody body = new RequestBody().content(json(schema));
		return partial ? body : body.required(true);
	}

}

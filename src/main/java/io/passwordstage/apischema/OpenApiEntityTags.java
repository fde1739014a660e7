package io.passwordstage.apischema;

import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The service's additions to authentik's document for conditional requests: every object
 * route of a stage, flow or binding answers with an {@code ETag}, takes
 * {@code If-None-Match} on GET (304) and {@code If-Match} on PUT, PATCH and DELETE (412).
 */
final class OpenApiEntityTags {

	/** The components whose responses carry a tag. */
	private static final Set<String> TAGGED = Set.of("PasswordStage", "Flow", "FlowStageBinding", "Stage");

	private OpenApiEntityTags() {
	}

	static void describe(OpenAPI openApi) {
		openApi.getPaths().values().forEach(item -> {
			Operation get = item.getGet();
			if (get == null || !tagged(get)) {
				return;
			}
			get.addParametersItem(
					header("If-None-Match", "The ETag of a representation the client holds: 304 when it is current."));
			get.getResponses().addApiResponse("304", new ApiResponse().description("Not modified"));
			for (Operation write : new Operation[] { item.getPut(), item.getPatch(), item.getDelete() }) {
				if (write != null) {
					write.addParametersItem(header("If-Match",
							"The ETag the change is based on: 412, changing nothing, when the object has changed since."));
					write.getResponses()
						.addApiResponse("412", new ApiResponse().description("If-Match does not match the current ETag")
							.content(new Content().addMediaType("application/json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/GenericError")))));
				}
			}
			for (PathItem.HttpMethod method : new PathItem.HttpMethod[] { PathItem.HttpMethod.GET,
					PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH }) {
				Operation operation = item.readOperationsMap().get(method);
				ApiResponse ok = operation == null ? null : operation.getResponses().get("200");
				if (ok != null) {
					ok.addHeaderObject("ETag",
							new Header().description("Strong tag of this representation").schema(new StringSchema()));
				}
			}
		});
	}

	private static boolean tagged(Operation get) {
		ApiResponse ok = get.getResponses().get("200");
		MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
		String ref = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
		return ref != null && TAGGED.contains(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static HeaderParameter header(String name, String description) {
		HeaderParameter parameter = new HeaderParameter();
		parameter.setName(name);
		parameter.setDescription(description);
		parameter.setRequired(false);
		parameter.setSchema(new StringSchema());
		return parameter;
	}

}

package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * What authentik's schema changed between 2025.8 and 2026.2, applied to the document the
 * annotations describe (2025.8's): shared list parameters and error responses become
 * references, and the components change as {@link OpenApi2026Schemas} describes
 * ({@code set_background_url} is gone as a route of 2025.8 only: see {@code ServedIn}).
 */
final class OpenApi2026 {

	private static final String SCHEMAS = "#/components/schemas/";

	/** The list parameters 2026.2 shares as components, by the name they replace. */
	private static final Map<String, String> SHARED_PARAMETERS = Map.of("name", "QueryName", "ordering",
			"QueryPaginationOrdering", "page", "QueryPaginationPage", "page_size", "QueryPaginationPageSize", "search",
			"QuerySearch");

	private OpenApi2026() {
	}

	@SuppressWarnings("rawtypes")
	static void reshape(OpenAPI openApi) {
		Map<String, Parameter> sharedParameters = new LinkedHashMap<>();
		openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getParameters() != null) {
				List<Parameter> parameters = new ArrayList<>();
				for (Parameter parameter : operation.getParameters()) {
					String shared = "query".equals(parameter.getIn()) ? SHARED_PARAMETERS.get(parameter.getName())
							: null;
					if (shared == null) {
						parameters.add(parameter);
					}
					else {
						if (Boolean.FALSE.equals(parameter.getRequired())) {
							// drf-spectacular writes an optional shared parameter without
							// `required`
							parameter.setRequired(null);
						}
						sharedParameters.putIfAbsent(shared, parameter);
						parameters.add(new Parameter().$ref("#/components/parameters/" + shared));
					}
				}
				operation.setParameters(parameters);
			}
			operation.getResponses().forEach((code, response) -> {
				if ("400".equals(code) && references(response, "ValidationError")) {
					operation.getResponses()
						.put(code, new ApiResponse().$ref("#/components/responses/ValidationErrorResponse"));
				}
				else if ("403".equals(code) && references(response, "GenericError")) {
					operation.getResponses()
						.put(code, new ApiResponse().$ref("#/components/responses/GenericErrorResponse"));
				}
			});
		}));
		sharedParameters.forEach(openApi.getComponents()::addParameters);
		openApi.getComponents()
			.addResponses("ValidationErrorResponse", errorResponse("ValidationError"))
			.addResponses("GenericErrorResponse", errorResponse("GenericError"));

		renameUpload(openApi);
		OpenApi2026Schemas.reshape(openApi.getComponents().getSchemas());
	}

	/** 2026.2 names the import's form {@code FlowUploadRequest}. */
	@SuppressWarnings("rawtypes")
	private static void renameUpload(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema upload = schemas.remove("FileUploadRequest");
		var importPath = openApi.getPaths().get("/flows/instances/import/");
		if (upload == null || importPath == null) {
			return;
		}
		schemas.put("FlowUploadRequest", upload);
		importPath.getPost()
			.getRequestBody()
			.getContent()
			.values()
			.forEach(media -> media.getSchema().set$ref(SCHEMAS + "FlowUploadRequest"));
	}

	private static boolean references(ApiResponse response, String component) {
		if (response.getContent() == null) {
			return false;
		}
		MediaType json = response.getContent().get("application/json");
		return json != null && json.getSchema() != null && (SCHEMAS + component).equals(json.getSchema().get$ref());
	}

	private static ApiResponse errorResponse(String component) {
		return new ApiResponse().description("")
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref(SCHEMAS + component))));
	}

}

package io.passwordstage.flow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * The OpenAPI description of each flow operation, as in authentik's schema; the shared
 * 400 and 403 responses are declared on {@link FlowController}.
 */
final class FlowApi {

	private static final String JSON = "application/json";

	private static final String VIEWSET = "Flow Viewset";

	private FlowApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_list", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = {
					@Parameter(in = ParameterIn.QUERY, name = "denied_action",
							description = FlowSet.DENIED_ACTION_HELP + "\n\n",
							schema = @Schema(type = "string",
									allowableValues = { "continue", "message", "message_continue" })),
					@Parameter(in = ParameterIn.QUERY, name = "designation",
							description = FlowSet.DESIGNATION_HELP + "\n\n",
							schema = @Schema(type = "string",
									allowableValues = { "authentication", "authorization", "enrollment", "invalidation",
											"recovery", "stage_configuration", "unenrollment" })),
					@Parameter(in = ParameterIn.QUERY, name = "flow_uuid",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "ordering", required = false,
							description = "Which field to use when ordering the results.",
							schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "page", required = false,
							description = "A page number within the paginated result set.",
							schema = @Schema(type = "integer")),
					@Parameter(in = ParameterIn.QUERY, name = "page_size", required = false,
							description = "Number of results to return per page.", schema = @Schema(type = "integer")),
					@Parameter(in = ParameterIn.QUERY, name = "search", required = false,
							description = "A search term.", schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "slug", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PaginatedFlowList.class)))
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_create", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowRequest.class))))
	@ApiResponse(responseCode = "201",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Flow.class)))
	@interface Create {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_retrieve", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Flow.class)))
	@interface Retrieve {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowRequest.class))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Flow.class)))
	@interface Update {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_partial_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)),
			requestBody = @RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(ref = "#/components/schemas/PatchedFlowRequest"))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Flow.class)))
	@interface PartialUpdate {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_destroy", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)))
	@ApiResponse(responseCode = "204", description = "No response body")
	@interface Destroy {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_used_by_list",
			description = "Get a list of all objects that use this object",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = UsedBy.class))))
	@interface UsedByList {

	}

}

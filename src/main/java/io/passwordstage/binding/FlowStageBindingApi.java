package io.passwordstage.binding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.passwordstage.flow.UsedBy;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
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
 * The OpenAPI description of each FlowStageBinding operation, as in authentik's schema.
 * The 400 and 403 responses every operation shares are declared once, on
 * {@link FlowStageBindingController}.
 */
final class FlowStageBindingApi {

	private static final String JSON = "application/json";

	private static final String VIEWSET = "FlowStageBinding Viewset";

	private static final String ID_DESCRIPTION = "A UUID string identifying this Flow Stage Binding.";

	private FlowStageBindingApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_list", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = {
					@Parameter(in = ParameterIn.QUERY, name = "evaluate_on_plan", schema = @Schema(type = "boolean")),
					@Parameter(in = ParameterIn.QUERY, name = "fsb_uuid",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "invalid_response_action",
							description = FlowStageBinding.INVALID_RESPONSE_ACTION_HELP + "\n\n",
							schema = @Schema(type = "string",
									allowableValues = { "restart", "restart_with_context", "retry" })),
					@Parameter(in = ParameterIn.QUERY, name = "order", schema = @Schema(type = "integer")),
					@Parameter(in = ParameterIn.QUERY, name = "pbm_uuid",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "policies", explode = Explode.TRUE,
							style = ParameterStyle.FORM,
							array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"))),
					@Parameter(in = ParameterIn.QUERY, name = "policy_engine_mode",
							schema = @Schema(type = "string", allowableValues = { "all", "any" })),
					@Parameter(in = ParameterIn.QUERY, name = "re_evaluate_policies",
							schema = @Schema(type = "boolean")),
					@Parameter(in = ParameterIn.QUERY, name = "stage",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "target",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "ordering", required = false,
							description = "Which field to use when ordering the results.",
							schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "page", required = false,
							description = "A page number within the paginated result set.",
							schema = @Schema(type = "integer")),
					@Parameter(in = ParameterIn.QUERY, name = "page_size", required = false,
							description = "Number of results to return per page.", schema = @Schema(type = "integer")),
					@Parameter(in = ParameterIn.QUERY, name = "search", required = false,
							description = "A search term.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
			schema = @Schema(implementation = PaginatedFlowStageBindingList.class)))
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_create", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON,
							schema = @Schema(implementation = FlowStageBindingRequest.class))))
	@ApiResponse(responseCode = "201",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowStageBinding.class)))
	@interface Create {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_retrieve", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "fsb_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowStageBinding.class)))
	@interface Retrieve {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "fsb_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON,
							schema = @Schema(implementation = FlowStageBindingRequest.class))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowStageBinding.class)))
	@interface Update {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_partial_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "fsb_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")),
			requestBody = @RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(ref = "#/components/schemas/PatchedFlowStageBindingRequest"))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = FlowStageBinding.class)))
	@interface PartialUpdate {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_destroy", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "fsb_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "204", description = "No response body")
	@interface Destroy {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_bindings_used_by_list",
			description = "Get a list of all objects that use this object",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "fsb_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = UsedBy.class))))
	@interface UsedByList {

	}

}

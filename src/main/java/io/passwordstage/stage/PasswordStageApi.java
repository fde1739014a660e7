package io.passwordstage.stage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.passwordstage.flow.UsedBy;
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
 * The OpenAPI description of each PasswordStage operation, as in authentik's schema. The
 * 400 and 403 responses every operation shares are declared once, on
 * {@link PasswordStageController}.
 */
final class PasswordStageApi {

	private static final String JSON = "application/json";

	private static final String VIEWSET = "PasswordStage Viewset";

	private static final String ID_DESCRIPTION = "A UUID string identifying this Password Stage.";

	private PasswordStageApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_list", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = {
					@Parameter(in = ParameterIn.QUERY, name = "allow_show_password",
							schema = @Schema(type = "boolean")),
					@Parameter(in = ParameterIn.QUERY, name = "configure_flow",
							schema = @Schema(type = "string", format = "uuid")),
					@Parameter(in = ParameterIn.QUERY, name = "failed_attempts_before_cancel",
							schema = @Schema(type = "integer")),
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
							description = "A search term.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PaginatedPasswordStageList.class)))
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_create", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON,
							schema = @Schema(implementation = PasswordStageRequest.class))))
	@ApiResponse(responseCode = "201",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PasswordStage.class)))
	@interface Create {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_retrieve", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PasswordStage.class)))
	@interface Retrieve {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON,
							schema = @Schema(implementation = PasswordStageRequest.class))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PasswordStage.class)))
	@interface Update {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_partial_update", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")),
			requestBody = @RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(ref = "#/components/schemas/PatchedPasswordStageRequest"))))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PasswordStage.class)))
	@interface PartialUpdate {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_destroy", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "204", description = "No response body")
	@interface Destroy {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_password_used_by_list",
			description = "Get a list of all objects that use this object",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = UsedBy.class))))
	@interface UsedByList {

	}

}

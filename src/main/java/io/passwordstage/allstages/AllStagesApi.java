package io.passwordstage.allstages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.passwordstage.flow.Stage;
import io.passwordstage.flow.UsedBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * The OpenAPI description of each operation of authentik's stage viewset, as in
 * authentik's schema. The 400 and 403 responses every operation shares are declared once,
 * on {@link AllStagesController}.
 */
final class AllStagesApi {

	private static final String JSON = "application/json";

	private static final String VIEWSET = "Stage Viewset";

	private static final String ID_DESCRIPTION = "A UUID string identifying this stage.";

	private AllStagesApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_list", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = { @Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string")),
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
			content = @Content(mediaType = JSON, schema = @Schema(implementation = PaginatedStageList.class)))
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_retrieve", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Stage.class)))
	@interface Retrieve {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_destroy", description = VIEWSET,
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "204", description = "No response body")
	@interface Destroy {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_used_by_list", description = "Get a list of all objects that use this object",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "stage_uuid", required = true,
					description = ID_DESCRIPTION, schema = @Schema(type = "string", format = "uuid")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = UsedBy.class))))
	@interface UsedByList {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_types_list", description = "Get all creatable types",
			security = @SecurityRequirement(name = "authentik"))
	@ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = TypeCreate.class))))
	@interface Types {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "stages_all_user_settings_list", description = "Get all stages the user can configure",
			security = @SecurityRequirement(name = "authentik"))
	@ApiResponse(responseCode = "200", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = UserSetting.class))))
	@interface UserSettings {

	}

}

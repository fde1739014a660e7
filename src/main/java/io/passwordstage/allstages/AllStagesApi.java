package io.passwordstage.allstages;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * The OpenAPI description of each operation of authentik's stage viewset, as in
 * authentik's schema. The 400 and 403 responses every operation shares are declared once,
 * on {@link AllStagesController}.
 */
final class AllStagesApi {

	private static final String JSON = "application/json";

	private AllStagesApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = { @Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string")) })
	@interface List {

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

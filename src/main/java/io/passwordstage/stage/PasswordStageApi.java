package io.passwordstage.stage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of the PasswordStage list, as in authentik's schema; the rest of
 * each route's description follows from {@code @ViewSet} on
 * {@link PasswordStageController}.
 */
final class PasswordStageApi {

	private PasswordStageApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = {
			@Parameter(in = ParameterIn.QUERY, name = "allow_show_password", schema = @Schema(type = "boolean")),
			@Parameter(in = ParameterIn.QUERY, name = "configure_flow",
					schema = @Schema(type = "string", format = "uuid")),
			@Parameter(in = ParameterIn.QUERY, name = "failed_attempts_before_cancel",
					schema = @Schema(type = "integer")),
			@Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string")) })
	@interface List {

	}

}

package io.passwordstage.flow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description of each flow operation, as in authentik's schema; the shared
 * 400 and 403 responses are declared on {@link FlowController}.
 */
final class FlowApi {

	private FlowApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(
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
					@Parameter(in = ParameterIn.QUERY, name = "slug", schema = @Schema(type = "string")) })
	@interface List {

	}

}

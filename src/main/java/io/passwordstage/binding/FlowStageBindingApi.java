package io.passwordstage.binding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description of each FlowStageBinding operation, as in authentik's schema.
 * The 400 and 403 responses every operation shares are declared once, on
 * {@link FlowStageBindingController}.
 */
final class FlowStageBindingApi {

	private FlowStageBindingApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = {
			@Parameter(in = ParameterIn.QUERY, name = "evaluate_on_plan", schema = @Schema(type = "boolean")),
			@Parameter(in = ParameterIn.QUERY, name = "fsb_uuid", schema = @Schema(type = "string", format = "uuid")),
			@Parameter(in = ParameterIn.QUERY, name = "invalid_response_action",
					description = FlowStageBinding.INVALID_RESPONSE_ACTION_HELP + "\n\n",
					schema = @Schema(type = "string",
							allowableValues = { "restart", "restart_with_context", "retry" })),
			@Parameter(in = ParameterIn.QUERY, name = "order", schema = @Schema(type = "integer")),
			@Parameter(in = ParameterIn.QUERY, name = "pbm_uuid", schema = @Schema(type = "string", format = "uuid")),
			@Parameter(in = ParameterIn.QUERY, name = "policies", explode = Explode.TRUE, style = ParameterStyle.FORM,
					array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"))),
			@Parameter(in = ParameterIn.QUERY, name = "policy_engine_mode",
					schema = @Schema(type = "string", allowableValues = { "all", "any" })),
			@Parameter(in = ParameterIn.QUERY, name = "re_evaluate_policies", schema = @Schema(type = "boolean")),
			@Parameter(in = ParameterIn.QUERY, name = "stage", schema = @Schema(type = "string", format = "uuid")),
			@Parameter(in = ParameterIn.QUERY, name = "target", schema = @Schema(type = "string", format = "uuid")) })
	@interface List {

	}

}

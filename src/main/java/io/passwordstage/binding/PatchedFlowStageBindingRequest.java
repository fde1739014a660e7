package io.passwordstage.binding;

import static io.passwordstage.web.ErrorTexts.MAX_VALUE;
import static io.passwordstage.web.ErrorTexts.MIN_VALUE;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.flow.PolicyEngineMode;
import io.passwordstage.web.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The body of a partial update: every field optional, validated as
 * {@link FlowStageBindingRequest} is.
 */
@Schema(name = "PatchedFlowStageBindingRequest", description = "FlowStageBinding Serializer")
record PatchedFlowStageBindingRequest(UUID target, UUID stage,
		@JsonProperty("evaluate_on_plan") @Schema(
				description = FlowStageBinding.EVALUATE_ON_PLAN_HELP) Boolean evaluateOnPlan,
		@JsonProperty("re_evaluate_policies") @Schema(
				description = FlowStageBinding.RE_EVALUATE_POLICIES_HELP) Boolean reEvaluatePolicies,
		@Min(value = Integer.MIN_VALUE, message = MIN_VALUE) @Max(value = Integer.MAX_VALUE,
				message = MAX_VALUE) @Schema(type = "integer", minimum = "-2147483648",
						maximum = "2147483647") Long order,
		@JsonProperty("policy_engine_mode") @OneOf(PolicyEngineMode.class) @Schema(
				implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("invalid_response_action") @OneOf(InvalidResponseAction.class) @Schema(
				implementation = InvalidResponseAction.class,
				description = FlowStageBinding.INVALID_RESPONSE_ACTION_HELP) String invalidResponseAction) {
}

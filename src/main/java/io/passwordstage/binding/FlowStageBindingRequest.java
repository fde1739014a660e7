package io.passwordstage.binding;

import static io.passwordstage.web.ErrorTexts.MAX_VALUE;
import static io.passwordstage.web.ErrorTexts.MIN_VALUE;
import static io.passwordstage.web.ErrorTexts.REQUIRED;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.flow.PolicyEngineMode;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.RelatedPk;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of create, update and partial update: each key's typed value ({@code null}
 * when absent or not coercible), filled by DRF's first step
 * ({@link FlowStageBindingValidator#read}); then its constraints apply, with authentik's
 * texts: create and update add those of {@link WholeBody}. authentik's
 * {@code PatchedFlowStageBindingRequest} is this schema without required keys.
 */
@Schema(name = "FlowStageBindingRequest", description = "FlowStageBinding Serializer",
		requiredProperties = { "order", "stage", "target" })
public record FlowStageBindingRequest(
		@NotNull(message = REQUIRED, groups = WholeBody.class) @Schema(implementation = UUID.class) RelatedPk target,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @Schema(implementation = UUID.class) RelatedPk stage,
		@JsonProperty("evaluate_on_plan") @Schema(
				description = FlowStageBinding.EVALUATE_ON_PLAN_HELP) Boolean evaluateOnPlan,
		@JsonProperty("re_evaluate_policies") @Schema(
				description = FlowStageBinding.RE_EVALUATE_POLICIES_HELP) Boolean reEvaluatePolicies,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @Min(value = Integer.MIN_VALUE,
				message = MIN_VALUE) @Max(value = Integer.MAX_VALUE, message = MAX_VALUE) @Schema(type = "integer",
						minimum = "-2147483648", maximum = "2147483647") Long order,
		@JsonProperty("policy_engine_mode") @OneOf(PolicyEngineMode.class) @Schema(
				implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("invalid_response_action") @OneOf(InvalidResponseAction.class) @Schema(
				implementation = InvalidResponseAction.class,
				description = FlowStageBinding.INVALID_RESPONSE_ACTION_HELP) String invalidResponseAction,
		@Schema(hidden = true) Sent sent) {

	UUID targetId() {
		return target == null ? null : target.id();
	}

	UUID stageId() {
		return stage == null ? null : stage.id();
	}

	Integer orderValue() {
		return order == null ? null : order.intValue();
	}

	/** The binding's flow after the write. */
	UUID targetOr(FlowStageBinding current) {
		return target != null ? target.id() : current.target();
	}

	UUID stageOr(FlowStageBinding current) {
		return stage != null ? stage.id() : current.stage();
	}

	int orderOr(FlowStageBinding current) {
		return order != null ? order.intValue() : current.order();
	}

}

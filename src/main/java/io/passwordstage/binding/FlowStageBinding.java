package io.passwordstage.binding;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.flow.PolicyEngineMode;
import io.passwordstage.flow.Stage;
import io.passwordstage.web.Tagged;
import io.swagger.v3.oas.annotations.media.Schema;

/** A flow-stage binding as authentik's FlowStageBindingSerializer returns it. */
@Schema(name = "FlowStageBinding", description = "FlowStageBinding Serializer",
		requiredProperties = { "order", "pk", "policybindingmodel_ptr_id", "stage", "stage_obj", "target" })
@JsonPropertyOrder({ "pk", "policybindingmodel_ptr_id", "target", "stage", "stage_obj", "evaluate_on_plan",
		"re_evaluate_policies", "order", "policy_engine_mode", "invalid_response_action" })
record FlowStageBinding(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Fsb uuid") UUID pk,
		@JsonProperty("policybindingmodel_ptr_id") @Schema(
				accessMode = Schema.AccessMode.READ_ONLY) UUID policybindingmodelPtrId,
		UUID target, UUID stage, @JsonProperty("stage_obj") Stage stageObj,
		@JsonProperty("evaluate_on_plan") @Schema(description = EVALUATE_ON_PLAN_HELP) boolean evaluateOnPlan,
		@JsonProperty("re_evaluate_policies") @Schema(
				description = RE_EVALUATE_POLICIES_HELP) boolean reEvaluatePolicies,
		@Schema(minimum = "-2147483648", maximum = "2147483647") int order,
		@JsonProperty("policy_engine_mode") @Schema(implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("invalid_response_action") @Schema(implementation = InvalidResponseAction.class,
				description = INVALID_RESPONSE_ACTION_HELP) String invalidResponseAction)
		implements
			Tagged {

	static final String EVALUATE_ON_PLAN_HELP = "Evaluate policies during the Flow planning process.";

	static final String RE_EVALUATE_POLICIES_HELP = "Evaluate policies when the Stage is presented to the user.";

	static final String INVALID_RESPONSE_ACTION_HELP = "Configure how the flow executor should handle an invalid "
			+ "response to a challenge. RETRY returns the error message and a similar challenge to the executor. "
			+ "RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while "
			+ "keeping the current context.";

	/** The same binding with its stage object. */
	FlowStageBinding withStage(Stage stageObject) {
		return new FlowStageBinding(pk, policybindingmodelPtrId, target, stage, stageObject, evaluateOnPlan,
				reEvaluatePolicies, order, policyEngineMode, invalidResponseAction);
	}

	/** The fields as authentik's audit records them: the model's fields by name. */
	java.util.Map<String, Object> auditState() {
		java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("pbm_uuid", policybindingmodelPtrId);
		state.put("policy_engine_mode", policyEngineMode);
		state.put("fsb_uuid", pk);
		state.put("policybindingmodel_ptr", policybindingmodelPtrId);
		state.put("target", target);
		state.put("stage", stage);
		state.put("evaluate_on_plan", evaluateOnPlan);
		state.put("re_evaluate_policies", reEvaluatePolicies);
		state.put("invalid_response_action", invalidResponseAction);
		state.put("order", order);
		return state;
	}

	/** authentik's {@code str()} of a binding, the name its audit events carry. */
	static String describe(int order, UUID target) {
		return "Flow-stage binding #" + order + " to " + target;
	}

}

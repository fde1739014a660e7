package io.passwordstage.binding;

import java.util.Set;
import java.util.UUID;

/**
 * A validated write: the keys the client sent ({@code present}) and their parsed values,
 * {@code null} for a key left out.
 */
record FlowStageBindingChanges(Set<String> present, UUID target, UUID stage, Boolean evaluateOnPlan,
		Boolean reEvaluatePolicies, Integer order, String policyEngineMode, String invalidResponseAction) {

	/** The binding's flow after the write. */
	UUID targetOr(FlowStageBinding current) {
		return target != null ? target : current.target();
	}

	UUID stageOr(FlowStageBinding current) {
		return stage != null ? stage : current.stage();
	}

	int orderOr(FlowStageBinding current) {
		return order != null ? order : current.order();
	}

}

package io.passwordstage.binding;

import io.passwordstage.web.RelatedPk;

/**
 * A binding's create or update body past DRF's first step: each key's typed value,
 * {@code null} when absent or when it could not be coerced.
 */
public record FlowStageBindingInput(RelatedPk target, RelatedPk stage, Boolean evaluateOnPlan,
		Boolean reEvaluatePolicies, Long order, String policyEngineMode, String invalidResponseAction) {
}

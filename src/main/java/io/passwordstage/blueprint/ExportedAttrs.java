package io.passwordstage.blueprint;

import java.util.Map;
import java.util.TreeMap;

import io.passwordstage.flow.Flow;
import io.passwordstage.flow.FlowReferences.BoundStage;

/**
 * The {@code attrs} of an export's entries: without read-only fields and without values
 * equal to the serializer field's initial value, as authentik exports them.
 */
final class ExportedAttrs {

	private ExportedAttrs() {
	}

	static Map<String, Object> flow(Flow flow, boolean writableBackground) {
		Map<String, Object> attrs = new TreeMap<>();
		if (writableBackground && !flow.backgroundValue().isEmpty()) {
			attrs.put("background", flow.backgroundValue());
		}
		attrs.put("authentication", flow.authentication());
		attrs.put("denied_action", flow.deniedAction());
		attrs.put("designation", flow.designation());
		attrs.put("layout", flow.storedLayout());
		attrs.put("name", flow.name());
		attrs.put("policy_engine_mode", flow.policyEngineMode());
		attrs.put("title", flow.title());
		if (flow.compatibilityMode()) {
			attrs.put("compatibility_mode", true);
		}
		return attrs;
	}

	static Map<String, Object> stage(BoundStage stage) {
		Map<String, Object> attrs = new TreeMap<>();
		attrs.put("backends", stage.backends());
		attrs.put("failed_attempts_before_cancel", stage.failedAttemptsBeforeCancel());
		if (stage.allowShowPassword()) {
			attrs.put("allow_show_password", true);
		}
		if (stage.configureFlow() != null) {
			attrs.put("configure_flow", stage.configureFlow().toString());
		}
		return attrs;
	}

	static Map<String, Object> binding(BoundStage binding) {
		Map<String, Object> attrs = new TreeMap<>();
		attrs.put("invalid_response_action", binding.invalidResponseAction());
		attrs.put("policy_engine_mode", binding.policyEngineMode());
		// authentik leaves out false (the serializer field's initial value), and an
		// import then gives the model's default, true: written either way here, so that
		// the export round-trips
		attrs.put("re_evaluate_policies", binding.reEvaluatePolicies());
		if (binding.evaluateOnPlan()) {
			attrs.put("evaluate_on_plan", true);
		}
		return attrs;
	}

}

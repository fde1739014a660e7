package io.passwordstage.binding;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2026.2 client binds a password stage into a flow through this API (its
 * {@code flow_set} is read-only there): the stage's {@code flow_set} shows the flow at
 * once, in 2026.2's shape.
 */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class BindingsOn2026Test extends BindingApiTest {

	@Test
	void bindingShowsInThePasswordStagesFlowSet() {
		String slug = unique("flow2026");
		String flow = flow(slug);
		String stage = stage(unique("stage2026"));

		JsonNode binding = create("{\"target\": \"" + flow + "\", \"stage\": \"" + stage
				+ "\", \"evaluate_on_plan\": true, \"re_evaluate_policies\": false, \"order\": 10, "
				+ "\"policy_engine_mode\": \"any\", \"invalid_response_action\": \"retry\"}");

		JsonNode flowSet = get(STAGES + stage + "/").json().get("flow_set");
		assertThat(flowSet).hasSize(1);
		assertThat(flowSet.get(0).get("pk").stringValue()).isEqualTo(flow);
		assertThat(flowSet.get(0).propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug",
				"title", "designation", "background_url", "policy_engine_mode", "compatibility_mode", "export_url",
				"layout", "denied_action");
		assertThat(binding.get("stage_obj").get("flow_set")).isEqualTo(flowSet);
		assertThat(get(STAGES + "?search=" + binding.get("stage_obj").get("name").stringValue()).json()
			.get("results")
			.get(0)
			.get("flow_set")).isEqualTo(flowSet);
	}

}

package io.passwordstage.binding;

import java.util.List;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST on the list: 201 with authentik's keys, defaults and side effects. */
class CreateBindingTest extends BindingApiTest {

	@Test
	void createsWithAuthentiksKeysAndDefaults() {
		String slug = unique("createflow");
		String flow = flow(slug);
		String name = unique("createstage");
		String stage = stage(name);

		Response response = post(BINDINGS,
				"{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 10}");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode binding = response.json();
		assertThat(binding.propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "target", "stage",
				"stage_obj", "evaluate_on_plan", "re_evaluate_policies", "order", "policy_engine_mode",
				"invalid_response_action");
		String pk = binding.get("pk").stringValue();
		assertThat(binding.get("policybindingmodel_ptr_id").stringValue()).isNotEqualTo(pk);
		assertThat(binding.get("target").stringValue()).isEqualTo(flow);
		assertThat(binding.get("stage").stringValue()).isEqualTo(stage);
		assertThat(binding.get("evaluate_on_plan").booleanValue()).isFalse();
		assertThat(binding.get("re_evaluate_policies").booleanValue()).isTrue();
		assertThat(binding.get("order").intValue()).isEqualTo(10);
		assertThat(binding.get("policy_engine_mode").stringValue()).isEqualTo("any");
		assertThat(binding.get("invalid_response_action").stringValue()).isEqualTo("retry");
		JsonNode stageObj = binding.get("stage_obj");
		assertThat(stageObj.propertyNames()).containsExactly("pk", "name", "component", "verbose_name",
				"verbose_name_plural", "meta_model_name", "flow_set");
		assertThat(stageObj.get("pk").stringValue()).isEqualTo(stage);
		assertThat(stageObj.get("name").stringValue()).isEqualTo(name);
		assertThat(stageObj.get("component").stringValue()).isEqualTo("ak-stage-password-form");
		assertThat(stageObj.get("verbose_name").stringValue()).isEqualTo("Password Stage");
		assertThat(stageObj.get("verbose_name_plural").stringValue()).isEqualTo("Password Stages");
		assertThat(stageObj.get("meta_model_name").stringValue()).isEqualTo("authentik_stages_password.passwordstage");
		assertThat(stageObj.get("flow_set")).hasSize(1);
		assertThat(stageObj.get("flow_set").get(0).get("slug").stringValue()).isEqualTo(slug);
		assertThat(current(pk)).isEqualTo(binding);
		assertThat(TestDatabase.count("select count(*) from authentik_policies_policybindingmodel where pbm_uuid = ?",
				java.util.UUID.fromString(binding.get("policybindingmodel_ptr_id").stringValue())))
			.isOne();
		assertThat(auditName("model_created", pk)).isEqualTo("Flow-stage binding #10 to " + flow);
	}

	@Test
	void takesEveryWritableKeyAndTheAdminUisStringOrder() {
		String flow = flow(unique("uiflow"));
		String stage = stage(unique("uistage"));

		JsonNode binding = create("{\"target\": \"" + flow + "\", \"stage\": \"" + stage
				+ "\", \"evaluate_on_plan\": true, \"re_evaluate_policies\": false, \"order\": \"0\", "
				+ "\"policy_engine_mode\": \"all\", \"invalid_response_action\": \"restart_with_context\", "
				+ "\"pk\": \"ignored\", \"stage_obj\": 5, \"unknown\": []}");

		assertThat(binding.get("order").intValue()).isZero();
		assertThat(binding.get("order").isInt()).isTrue();
		assertThat(binding.get("evaluate_on_plan").booleanValue()).isTrue();
		assertThat(binding.get("re_evaluate_policies").booleanValue()).isFalse();
		assertThat(binding.get("policy_engine_mode").stringValue()).isEqualTo("all");
		assertThat(binding.get("invalid_response_action").stringValue()).isEqualTo("restart_with_context");
	}

	@Test
	void bindingAStageShowsInItsFlowSetAtOnce() {
		String slug = unique("flowsetflow");
		String flow = flow(slug);
		String stage = stage(unique("flowsetstage"));

		bind(flow, stage, 3);

		Response stageResponse = get(STAGES + stage + "/");
		assertThat(stageResponse.json().get("flow_set")).hasSize(1);
		assertThat(stageResponse.json().get("flow_set").get(0).get("pk").stringValue()).isEqualTo(flow);
		assertThat(stageResponse.json().get("flow_set").get(0).get("slug").stringValue()).isEqualTo(slug);
	}

	@Test
	void aStageMayBeBoundToAFlowAgainAtAnotherOrderAndTwoStagesMayShareOne() {
		String flow = flow(unique("againflow"));
		String stage = stage(unique("againstage"));
		String other = stage(unique("againother"));

		bind(flow, stage, 1);
		bind(flow, stage, 2);
		JsonNode shared = bind(flow, other, 1);

		assertThat(get(STAGES + stage + "/").json().get("flow_set")).hasSize(2);
		assertThat(shared.get("stage_obj").get("flow_set")).hasSize(1);
		assertThat(TestDatabase.count("select count(*) from authentik_flows_flowstagebinding where target_id = ?::uuid",
				flow))
			.isEqualTo(3);
	}

	@Test
	void integralNumbersAndTextsAreOrders() {
		String flow = flow(unique("numflow"));
		String stage = stage(unique("numstage"));

		for (String order : List.of("10.0", "\" 11 \"", "-2147483648", "2147483647", "\"1_2\"")) {
			Response response = post(BINDINGS,
					"{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": " + order + "}");
			assertThat(response.status()).as(order + ": " + response.body()).isEqualTo(201);
		}
		assertThat(TestDatabase.column(
				"select \"order\" from authentik_flows_flowstagebinding where target_id = ?::uuid order by 1",
				(Object) flow))
			.containsExactly(-2147483648, 10, 11, 12, 2147483647);
	}

}

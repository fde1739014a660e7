package io.passwordstage.binding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.binding.BindingValidationTest.NOT_EVALUATED;
import static io.passwordstage.binding.BindingValidationTest.NOT_UNIQUE;
import static io.passwordstage.binding.BindingValidationTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUT and PATCH: fields left out keep their values, with authentik's unique and
 * evaluation rules.
 */
class UpdateBindingTest extends BindingApiTest {

	@Test
	void putMovesTheBindingAndKeepsWhatItLeavesOut() {
		String flow = flow(unique("putflow"));
		String otherFlow = flow(unique("putother"));
		String stage = stage(unique("putstage"));
		String otherStage = stage(unique("putotherstage"));
		JsonNode binding = create("{\"target\": \"" + flow + "\", \"stage\": \"" + stage
				+ "\", \"order\": 1, \"evaluate_on_plan\": true, \"policy_engine_mode\": \"all\"}");
		String pk = binding.get("pk").stringValue();

		Response response = write("PUT", detail(pk),
				"{\"target\": \"" + otherFlow + "\", \"stage\": \"" + otherStage + "\", \"order\": \"5\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode updated = response.json();
		assertThat(updated.get("pk")).isEqualTo(binding.get("pk"));
		assertThat(updated.get("policybindingmodel_ptr_id")).isEqualTo(binding.get("policybindingmodel_ptr_id"));
		assertThat(updated.get("target").stringValue()).isEqualTo(otherFlow);
		assertThat(updated.get("stage").stringValue()).isEqualTo(otherStage);
		assertThat(updated.get("order").intValue()).isEqualTo(5);
		assertThat(updated.get("evaluate_on_plan").booleanValue()).isTrue();
		assertThat(updated.get("policy_engine_mode").stringValue()).isEqualTo("all");
		assertThat(updated.get("stage_obj").get("pk").stringValue()).isEqualTo(otherStage);
		assertThat(current(pk)).isEqualTo(updated);
		assertThat(get(STAGES + stage + "/").json().get("flow_set")).isEmpty();
		assertThat(get(STAGES + otherStage + "/").json().get("flow_set").get(0).get("pk").stringValue())
			.isEqualTo(otherFlow);
		assertThat(auditName("model_updated", pk)).isEqualTo("Flow-stage binding #5 to " + otherFlow);
	}

	@Test
	void putRequiresTargetStageAndOrder() {
		String pk = bind(flow(unique("putreqflow")), stage(unique("putreqstage")), 1).get("pk").stringValue();
		String before = rows();

		Response response = write("PUT", detail(pk), "{\"evaluate_on_plan\": true}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors("target", "This field is required.", "stage",
				"This field is required.", "order", "This field is required."));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void patchChangesOnlyWhatItNames() {
		JsonNode binding = bind(flow(unique("patchflow")), stage(unique("patchstage")), 1);
		String pk = binding.get("pk").stringValue();

		Response response = write("PATCH", detail(pk), "{\"invalid_response_action\": \"restart\", "
				+ "\"policy_engine_mode\": \"all\", \"evaluate_on_plan\": true, \"re_evaluate_policies\": false}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode updated = response.json();
		assertThat(updated.get("invalid_response_action").stringValue()).isEqualTo("restart");
		assertThat(updated.get("policy_engine_mode").stringValue()).isEqualTo("all");
		assertThat(updated.get("evaluate_on_plan").booleanValue()).isTrue();
		assertThat(updated.get("re_evaluate_policies").booleanValue()).isFalse();
		assertThat(updated.get("target")).isEqualTo(binding.get("target"));
		assertThat(updated.get("order")).isEqualTo(binding.get("order"));
		assertThat(current(pk)).isEqualTo(updated);
	}

	@Test
	void emptyPatchChangesNothingButIsAnUpdate() {
		JsonNode binding = bind(flow(unique("emptyflow")), stage(unique("emptystage")), 4);
		String pk = binding.get("pk").stringValue();

		Response response = write("PATCH", detail(pk), "{}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(binding);
		assertThat(auditName("model_updated", pk))
			.isEqualTo("Flow-stage binding #4 to " + binding.get("target").stringValue());
	}

	@Test
	void patchKeepingTheSameTargetStageAndOrderSkipsTheUniqueRule() {
		String flow = flow(unique("sameflow"));
		String stage = stage(unique("samestage"));
		String pk = bind(flow, stage, 2).get("pk").stringValue();

		Response response = write("PATCH", detail(pk),
				"{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 2}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void movingOntoAnotherBindingIsNotUnique(String method) {
		String flow = flow(unique("moveflow"));
		String stage = stage(unique("movestage"));
		bind(flow, stage, 1);
		JsonNode moving = bind(flow, stage, 2);
		String before = rows();

		Response response = write(method, detail(moving.get("pk").stringValue()), method.equals("PUT")
				? "{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 1}" : "{\"order\": 1}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors("non_field_errors", NOT_UNIQUE));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void validateReadsOnlyTheRequestsKeys() {
		String flow = flow(unique("quirkflow"));
		String stage = stage(unique("quirkstage"));
		String planned = create("{\"target\": \"" + flow + "\", \"stage\": \"" + stage
				+ "\", \"order\": 1, \"evaluate_on_plan\": true, \"re_evaluate_policies\": false}")
			.get("pk")
			.stringValue();
		String before = rows();

		Response rejected = write("PATCH", detail(planned), "{\"re_evaluate_policies\": false}");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.body()).isEqualTo(errors("non_field_errors", NOT_EVALUATED));
		assertThat(rows()).isEqualTo(before);

		Response accepted = write("PATCH", detail(planned), "{\"evaluate_on_plan\": false}");

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("evaluate_on_plan").booleanValue()).isFalse();
		assertThat(accepted.json().get("re_evaluate_policies").booleanValue()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void fieldErrorsOnUpdateChangeNothing(String method) {
		String pk = bind(flow(unique("upbadflow")), stage(unique("upbadstage")), 1).get("pk").stringValue();
		String before = rows();

		Response response = write(method, detail(pk), "{\"target\": \"0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d\", "
				+ "\"stage\": \"foo\", \"order\": 1, \"policy_engine_mode\": \"none\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"target\":[\"Invalid pk \\\"0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d\\\""
				+ " - object does not exist.\"],\"stage\":[\"\u201cfoo\u201d is not a valid UUID.\"],"
				+ "\"policy_engine_mode\":[\"\\\"none\\\" is not a valid choice.\"]}");
		assertThat(rows()).isEqualTo(before);
	}

}

package io.passwordstage.stage;

import java.util.ArrayList;
import java.util.List;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST: valid {@code flow_set} items become flows bound to the new stage, with
 * authentik's defaults.
 */
class CreateFlowSetAcceptedTest extends ApiTest {

	private static final String FLOW = """
			{"pk":"%s","policybindingmodel_ptr_id":"%s","name":"%s","slug":"%s","title":"%s","designation":"%s",\
			"background":"/static/dist/assets/images/flow_background.jpg","policy_engine_mode":"%s",\
			"compatibility_mode":%s,"export_url":"/api/v3/flows/instances/%s/export/","layout":"%s","denied_action":"%s"}""";

	@Test
	void emptyListCreatesTheStageWithoutFlows() {
		Response response = post(STAGES,
				StageBody.body().name("cfo-empty-flow-set").flows().backends(Backend.INBUILT).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("flow_set").toString()).isEqualTo("[]");
		assertThat(bindings(response.json().get("pk").stringValue())).isZero();
	}

	@Test
	void itemGetsDefaultsAndIgnoresReadOnlyKeys() {
		Response response = post(STAGES,
				"""
						{"name": "cfo-defaults", "backends": ["authentik.core.auth.InbuiltBackend"], "flow_set": [
						 {"pk": "00000000-0000-0000-0000-000000000001", "policybindingmodel_ptr_id": "00000000-0000-0000-0000-000000000002",
						  "background": "https://example.com/bg.png", "export_url": "/elsewhere/", "foo": 1,
						  "name": 42, "slug": "  cfo-defaults-flow  ", "title": " Sign in ", "designation": "authorization"}]}""");

		assertThat(response.status()).isEqualTo(201);
		JsonNode flow = response.json().get("flow_set").get(0);
		String pk = flow.get("pk").stringValue();
		String ptr = flow.get("policybindingmodel_ptr_id").stringValue();
		assertThat(pk).isNotEqualTo("00000000-0000-0000-0000-000000000001").isNotEqualTo(ptr);
		assertThat(flow.toString()).isEqualTo(FLOW.formatted(pk, ptr, "42", "cfo-defaults-flow", "Sign in",
				"authorization", "any", false, "cfo-defaults-flow", "stacked", "message_continue"));
		assertThat(count("select count(*) from authentik_flows_flow f join authentik_policies_policybindingmodel p"
				+ " on p.pbm_uuid = f.policybindingmodel_ptr_id where f.flow_uuid = '" + pk
				+ "' and f.background is null"
				+ " and p.policy_engine_mode = 'any' and f.layout = 'stacked' and f.denied_action = 'message_continue'"
				+ " and not f.compatibility_mode"))
			.isOne();
	}

	@Test
	void everyChoiceIsAccepted() {
		String[] designations = { "authentication", "authorization", "invalidation", "enrollment", "unenrollment",
				"recovery", "stage_configuration" };
		String[] layouts = { "stacked", "content_left", "content_right", "sidebar_left", "sidebar_right" };
		String[] deniedActions = { "message_continue", "message", "continue" };
		String[] modes = { "all", "any" };
		List<String> items = new ArrayList<>();
		for (int i = 0; i < designations.length; i++) {
			items.add("""
					{"name": "n%d", "slug": "cfo-choice-%d", "title": "t", "designation": "%s", "layout": "%s",
					 "denied_action": "%s", "policy_engine_mode": "%s", "compatibility_mode": "%s"}""".formatted(i, i,
					designations[i], layouts[i % layouts.length], deniedActions[i % deniedActions.length],
					modes[i % modes.length], i % 2 == 0 ? "yes" : "off"));
		}

		Response response = post(STAGES,
				StageBody.stage("cfo-every-choice").flowSet(items.toArray(String[]::new)).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("flow_set")).hasSize(designations.length);
		for (JsonNode flow : response.json().get("flow_set")) {
			int i = Integer.parseInt(flow.get("slug").stringValue().substring("cfo-choice-".length()));
			assertThat(flow.get("designation").stringValue()).isEqualTo(designations[i]);
			assertThat(flow.get("layout").stringValue()).isEqualTo(layouts[i % layouts.length]);
			assertThat(flow.get("denied_action").stringValue()).isEqualTo(deniedActions[i % deniedActions.length]);
			assertThat(flow.get("policy_engine_mode").stringValue()).isEqualTo(modes[i % modes.length]);
			assertThat(flow.get("compatibility_mode").booleanValue()).isEqualTo(i % 2 == 0);
		}
		assertThat(bindings(response.json().get("pk").stringValue())).isEqualTo(designations.length);
	}

	@Test
	void slugOfFiftyCharactersIsAccepted() {
		String slug = "cfo-fifty-" + "z".repeat(40);

		Response response = post(STAGES, StageBody.stage("cfo-fifty").flowSet(StageBody.flow(slug, "recovery")).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(flowsWithSlug(slug)).isOne();
	}

	@Test
	void slugsDifferingInCaseAreDistinct() {
		assertThat(
				post(STAGES, StageBody.stage("cfo-case-lower").flowSet(StageBody.flow("cfo-case", "recovery")).json())
					.status())
			.isEqualTo(201);

		Response response = post(STAGES,
				StageBody.stage("cfo-case-upper").flowSet(StageBody.flow("CFA-Case", "recovery")).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(flowsWithSlug("CFA-Case")).isOne();
	}

}

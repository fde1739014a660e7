package io.passwordstage.event;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit events say what changed, in authentik Enterprise's {@code context.diff} shape,
 * and one object's history is read with authentik's event filters.
 */
class AuditDiffTest extends ApiTest {

	private static final String EVENTS = "/api/v3/events/events/";

	private JsonNode history(String app, String model, String pk) {
		Response response = send("GET", EVENTS + "?context_model_app=" + app + "&context_model_name=" + model
				+ "&context_model_pk=" + pk + "&page_size=50", null, null, BOOTSTRAP_KEY);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("results");
	}

	@Test
	void aPasswordStagesHistoryListsEachFieldThatChanged() {
		String name = "audited-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String pk = post(STAGES, StageBody.stage(name).json()).json().get("pk").stringValue();
		String path = STAGES + pk + "/";
		send("PATCH", path, "{\"failed_attempts_before_cancel\": 3, \"allow_show_password\": false}",
				"application/json", BOOTSTRAP_KEY);
		send("DELETE", path, null, null, BOOTSTRAP_KEY);

		JsonNode events = history("authentik_stages_password", "passwordstage", pk);

		assertThat(events).hasSize(3);
		JsonNode deleted = events.get(0).get("context");
		JsonNode updated = events.get(1).get("context");
		JsonNode created = events.get(2).get("context");
		assertThat(events.get(1).get("action").stringValue()).isEqualTo("model_updated");
		assertThat(updated.get("diff").toString())
			.isEqualTo("{\"failed_attempts_before_cancel\":{\"new_value\":3,\"previous_value\":5}}");
		assertThat(created.get("diff").get("name").toString())
			.isEqualTo("{\"new_value\":\"" + name + "\",\"previous_value\":null}");
		assertThat(created.get("diff").get("stage_uuid").get("new_value").stringValue()).isEqualTo(pk.replace("-", ""));
		assertThat(created.get("diff").get("backends").get("new_value").toString())
			.isEqualTo("[\"authentik.core.auth.InbuiltBackend\"]");
		assertThat(created.get("diff").get("allow_show_password").toString())
			.isEqualTo("{\"new_value\":false,\"previous_value\":null}");
		assertThat(deleted.get("diff").get("failed_attempts_before_cancel").toString())
			.isEqualTo("{\"new_value\":null,\"previous_value\":3}");
		assertThat(send("GET", EVENTS + "?action=UPDATED&context_model_pk=" + pk, null, null, BOOTSTRAP_KEY).json()
			.get("results")).hasSize(1);
	}

	@Test
	void flowAndBindingUpdatesCarryTheirDiff() {
		String slug = "audited-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		JsonNode stage = post(STAGES, StageBody.stage(slug).flows(slug).json()).json();
		String flowPk = stage.get("flow_set").get(0).get("pk").stringValue();
		send("PATCH", "/api/v3/flows/instances/" + slug + "/", "{\"title\": \"Changed\", \"layout\": \"stacked\"}",
				"application/json", BOOTSTRAP_KEY);
		JsonNode binding = post("/api/v3/flows/bindings/",
				"{\"target\": \"" + flowPk + "\", \"stage\": \"" + stage.get("pk").stringValue() + "\", \"order\": 30}")
			.json();
		send("PATCH", "/api/v3/flows/bindings/" + binding.get("pk").stringValue() + "/", "{\"order\": 40}",
				"application/json", BOOTSTRAP_KEY);

		JsonNode flowEvents = history("authentik_flows", "flow", flowPk);
		JsonNode bindingEvents = history("authentik_flows", "flowstagebinding", binding.get("pk").stringValue());

		assertThat(flowEvents.get(0).get("context").get("diff").toString())
			.isEqualTo("{\"title\":{\"new_value\":\"Changed\",\"previous_value\":\"Title " + slug + "\"}}");
		assertThat(bindingEvents).hasSize(2);
		assertThat(bindingEvents.get(0).get("context").get("diff").toString())
			.isEqualTo("{\"order\":{\"new_value\":40,\"previous_value\":30}}");
		assertThat(bindingEvents.get(1).get("context").get("diff").get("target").get("new_value").stringValue())
			.isEqualTo(flowPk.replace("-", ""));
	}

	@Test
	void noEventEverCarriesATokenKeyOrDigest() {
		String key = tokenWith("authentik_stages_password.add_passwordstage");
		send("POST", STAGES, StageBody.stage("by-token-" + java.util.UUID.randomUUID()).json(), "application/json",
				key);

		String all = send("GET", EVENTS + "?page_size=1000", null, null, BOOTSTRAP_KEY).body();

		assertThat(all).doesNotContain(key, BOOTSTRAP_KEY);
		assertThat(io.passwordstage.support.TestDatabase
			.count("select count(*) from authentik_events_event e join authentik_core_token t"
					+ " on position(t.key_hash in e.context::text) > 0"))
			.isZero();
	}

}

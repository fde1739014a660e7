package io.passwordstage.flow;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/** Create, retrieve, update and delete flows by slug, as authentik's flow viewset. */
class FlowCrudTest extends FlowTest {

	@Test
	void createAnswersTheFullFlowWithAuthentiksDefaults() {
		String slug = unique("crud");

		Response response = post(FLOWS, flowBody(slug));

		assertThat(response.status()).isEqualTo(201);
		JsonNode flow = response.json();
		assertThat(List.copyOf(flow.propertyNames())).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug",
				"title", "designation", "background", "stages", "policies", "cache_count", "policy_engine_mode",
				"compatibility_mode", "export_url", "layout", "denied_action", "authentication");
		assertThat(flow.get("pk").stringValue()).isNotEqualTo(flow.get("policybindingmodel_ptr_id").stringValue());
		assertThat(flow.get("name").stringValue()).isEqualTo("Flow " + slug);
		assertThat(flow.get("background").stringValue()).isEqualTo("/static/dist/assets/images/flow_background.jpg");
		assertThat(flow.get("stages").isEmpty()).isTrue();
		assertThat(flow.get("policies").isEmpty()).isTrue();
		assertThat(flow.get("cache_count").intValue()).isZero();
		assertThat(flow.get("policy_engine_mode").stringValue()).isEqualTo("any");
		assertThat(flow.get("compatibility_mode").booleanValue()).isFalse();
		assertThat(flow.get("export_url").stringValue()).isEqualTo("/api/v3/flows/instances/" + slug + "/export/");
		assertThat(flow.get("layout").stringValue()).isEqualTo("stacked");
		assertThat(flow.get("denied_action").stringValue()).isEqualTo("message_continue");
		assertThat(flow.get("authentication").stringValue()).isEqualTo("none");
		assertThat(get(FLOWS + slug + "/").json()).isEqualTo(flow);
		assertThat(count("select count(*) from authentik_events_event where action = 'model_created'"
				+ " and context -> 'model' ->> 'model_name' = 'flow' and context -> 'model' ->> 'pk' = '"
				+ flow.get("pk").stringValue().replace("-", "") + "'"))
			.isOne();
	}

	@Test
	void putRenamesTheFlowAndKeepsFieldsLeftOut() {
		String slug = unique("put");
		String renamed = unique("renamed");
		createFlowFrom("{\"name\": \"n\", \"slug\": \"" + slug
				+ "\", \"title\": \"t\", \"designation\": \"recovery\", \"layout\": \"sidebar_left\","
				+ " \"authentication\": \"require_superuser\", \"policy_engine_mode\": \"all\"}");

		Response response = write("PUT", FLOWS + slug + "/", "{\"name\": \"n2\", \"slug\": \"" + renamed
				+ "\", \"title\": \"t2\", \"designation\": \"enrollment\", \"compatibility_mode\": true}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode flow = response.json();
		assertThat(flow.get("slug").stringValue()).isEqualTo(renamed);
		assertThat(flow.get("designation").stringValue()).isEqualTo("enrollment");
		assertThat(flow.get("layout").stringValue()).isEqualTo("sidebar_left");
		assertThat(flow.get("authentication").stringValue()).isEqualTo("require_superuser");
		assertThat(flow.get("policy_engine_mode").stringValue()).isEqualTo("all");
		assertThat(flow.get("compatibility_mode").booleanValue()).isTrue();
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(404);
		assertThat(get(FLOWS + renamed + "/").json()).isEqualTo(flow);
	}

	@Test
	void patchChangesOnlyWhatIsSentAndEmptyChangesNothing() {
		String slug = unique("patch");
		JsonNode created = createFlow(slug);

		assertThat(write("PATCH", FLOWS + slug + "/", "{}").json()).isEqualTo(created);
		Response response = write("PATCH", FLOWS + slug + "/",
				"{\"title\": \"Changed\", \"denied_action\": \"continue\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("title").stringValue()).isEqualTo("Changed");
		assertThat(response.json().get("denied_action").stringValue()).isEqualTo("continue");
		assertThat(response.json().get("name")).isEqualTo(created.get("name"));
	}

	@Test
	void deleteRemovesBindingsKeepsStagesAndClearsConfigureFlow() {
		String slug = unique("gone");
		JsonNode bound = createStageInFlow(unique("bound"), slug);
		String flowPk = bound.get("flow_set").get(0).get("pk").stringValue();
		Response configured = post(STAGES,
				"{\"name\": \"" + unique("configured") + "\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"],"
						+ " \"configure_flow\": \"" + flowPk + "\"}");
		assertThat(configured.status()).isEqualTo(201);

		Response response = send("DELETE", FLOWS + slug + "/", null, null, BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(get(FLOWS + slug + "/").body()).isEqualTo("{\"detail\":\"No Flow matches the given query.\"}");
		assertThat(send("DELETE", FLOWS + slug + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(404);
		JsonNode stage = get(STAGES + bound.get("pk").stringValue() + "/").json();
		assertThat(stage.get("flow_set").isEmpty()).isTrue();
		JsonNode other = get(STAGES + configured.json().get("pk").stringValue() + "/").json();
		assertThat(other.get("configure_flow").isNull()).isTrue();
		assertThat(count("select count(*) from authentik_policies_policybindingmodel p where not exists"
				+ " (select 1 from authentik_flows_flow f where f.policybindingmodel_ptr_id = p.pbm_uuid)"
				+ " and not exists (select 1 from authentik_flows_flowstagebinding b"
				+ " where b.policybindingmodel_ptr_id = p.pbm_uuid)"))
			.isZero();
	}

	@Test
	void aLayoutOnlyThe2026LineHasShowsAsTheLayoutItExtends() {
		String slug = unique("frame");
		createFlow(slug);
		io.passwordstage.support.TestDatabase
			.execute("update authentik_flows_flow set layout = 'sidebar_right_frame_background' where slug = ?", slug);

		assertThat(get(FLOWS + slug + "/").json().get("layout").stringValue()).isEqualTo("sidebar_right");
	}

	@Test
	void unknownSlugsAreAuthentiksNotFound() {
		String missing = "{\"detail\":\"No Flow matches the given query.\"}";
		assertThat(get(FLOWS + "no-such-flow/").body()).isEqualTo(missing);
		assertThat(write("PUT", FLOWS + "no-such-flow/", flowBody("x")).body()).isEqualTo(missing);
		assertThat(write("PATCH", FLOWS + "no-such-flow/", "{}").status()).isEqualTo(404);
		assertThat(get(FLOWS + "no-such-flow/used_by/").body()).isEqualTo(missing);
		assertThat(get(FLOWS + "no-such-flow/export/").body()).isEqualTo(missing);
		assertThat(get(FLOWS + "a.b/").status()).isEqualTo(404);
	}

	@Test
	void setBackgroundUrlStoresTheUrlAsGiven() {
		String slug = unique("bgurl");
		createFlow(slug);
		String path = FLOWS + slug + "/set_background_url/";

		Response response = write("POST", path, "{\"url\": \"https://goauthentik.io/img/icon.png\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
		assertThat(get(FLOWS + slug + "/").json().get("background").stringValue())
			.isEqualTo("https://goauthentik.io/img/icon.png");
		assertThat(write("POST", path, "{}").body()).isEqualTo("{\"url\":[\"This field is required.\"]}");
		assertThat(write("POST", path, "{\"url\": \"\"}").status()).isEqualTo(200);
		assertThat(get(FLOWS + slug + "/").json().get("background").stringValue())
			.isEqualTo("/static/dist/assets/images/flow_background.jpg");
		assertThat(write("POST", FLOWS + "no-such-flow/set_background_url/", "{\"url\": \"x\"}").status())
			.isEqualTo(404);
	}

	@Test
	void cacheIsAnsweredTruthfully() {
		assertThat(get(FLOWS + "cache_info/").body()).isEqualTo("{\"count\":0}");
		Response cleared = send("POST", FLOWS + "cache_clear/", null, null, BOOTSTRAP_KEY);
		assertThat(cleared.status()).isEqualTo(204);
	}

}

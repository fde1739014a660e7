package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET of one stage, its 404s, and the methods the routes do not allow. */
class RetrievePasswordStageTest extends StageApiTest {

	@Test
	void retrieveReturnsTheWholeStage() {
		String name = unique("get");
		String slug = unique("getflow");
		JsonNode created = createStage(StageBody.stage(name)
			.backends(Backend.TOKEN, Backend.INBUILT)
			.set("failed_attempts_before_cancel", 4)
			.set("allow_show_password", true)
			.flows(slug));
		String pk = created.get("pk").stringValue();

		Response response = get(detail(pk));

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body).isEqualTo(created);
		assertThat(body.propertyNames()).containsExactly("pk", "name", "component", "verbose_name",
				"verbose_name_plural", "meta_model_name", "flow_set", "backends", "configure_flow",
				"failed_attempts_before_cancel", "allow_show_password");
		assertThat(body.get("pk").stringValue()).isEqualTo(pk);
		assertThat(body.get("name").stringValue()).isEqualTo(name);
		assertThat(body.get("component").stringValue()).isEqualTo("ak-stage-password-form");
		assertThat(body.get("verbose_name").stringValue()).isEqualTo("Password Stage");
		assertThat(body.get("verbose_name_plural").stringValue()).isEqualTo("Password Stages");
		assertThat(body.get("meta_model_name").stringValue()).isEqualTo("authentik_stages_password.passwordstage");
		assertThat(body.get("backends").toString())
			.isEqualTo("[\"" + Backend.TOKEN.value() + "\",\"" + Backend.INBUILT.value() + "\"]");
		assertThat(body.get("configure_flow").isNull()).isTrue();
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(4);
		assertThat(body.get("allow_show_password").booleanValue()).isTrue();
		JsonNode flow = body.get("flow_set").get(0);
		assertThat(body.get("flow_set")).hasSize(1);
		assertThat(flow.get("slug").stringValue()).isEqualTo(slug);
		assertThat(flow.get("name").stringValue()).isEqualTo("Name " + slug);
		assertThat(flow.get("title").stringValue()).isEqualTo("Title " + slug);
		assertThat(flow.get("designation").stringValue()).isEqualTo("authentication");
		assertThat(flow.get("policy_engine_mode").stringValue()).isEqualTo("any");
		assertThat(flow.get("compatibility_mode").booleanValue()).isFalse();
		assertThat(flow.get("layout").stringValue()).isEqualTo("stacked");
		assertThat(flow.get("denied_action").stringValue()).isEqualTo("message_continue");
		assertThat(flow.get("export_url").stringValue()).isEqualTo("/api/v3/flows/instances/" + slug + "/export/");
	}

	@Test
	void unknownIdIsNotFound() {
		Response response = get(detail(UUID.randomUUID().toString()));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
	}

	@Test
	void malformedIdIsPlainNotFound() {
		Response response = get(detail("abc"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void detailWithoutTrailingSlashIsAJsonNotFound() {
		String pk = createNamed(unique("slash")).get("pk").stringValue();

		Response response = get(STAGES + pk);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).contains("json");
		assertThat(response.json().get("detail").isString()).isTrue();
	}

	@Test
	void postOnADetailRouteIsNotAllowed() {
		String pk = createNamed(unique("post405")).get("pk").stringValue();

		Response response = post(detail(pk), "{}");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"POST\\\" not allowed.\"}");
	}

	@Test
	void deleteOnTheListIsNotAllowed() {
		Response response = delete(STAGES);

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}");
	}

}

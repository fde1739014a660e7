package io.passwordstage.stage;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT: name and backends required, omitted optional fields kept, never a create. */
class UpdatePasswordStageTest extends StageApiTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "{\"backends\": [\"authentik.core.auth.TokenBackend\"]}|{\"name\":[\"This field is required.\"]}",
					"{\"name\": \"renamed-by-put\"}|{\"backends\":[\"This field is required.\"]}",
					"{}|{\"name\":[\"This field is required.\"],\"backends\":[\"This field is required.\"]}" })
	void nameAndBackendsAreRequired(String body, String errors) {
		JsonNode stage = createNamed(unique("required"));
		String pk = stage.get("pk").stringValue();

		Response response = put(detail(pk), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors);
		assertThat(current(pk)).isEqualTo(stage);
	}

	@Test
	void omittedOptionalFieldsKeepTheirValues() {
		JsonNode owner = createWithFlows(unique("keepowner"), unique("keepflow"));
		String flow = owner.get("flow_set").get(0).get("pk").stringValue();
		JsonNode stage = createStage(
				"{\"name\": \"" + unique("keep") + "\", \"backends\": [\"" + INBUILT + "\"], \"configure_flow\": \""
						+ flow + "\", \"failed_attempts_before_cancel\": 3, \"allow_show_password\": true}");
		String pk = stage.get("pk").stringValue();
		String renamed = unique("kept");

		Response response = put(detail(pk),
				"{\"name\": \"" + renamed + "\", \"backends\": [\"" + TOKEN_BACKEND + "\"]}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("name").stringValue()).isEqualTo(renamed);
		assertThat(body.get("backends").toString()).isEqualTo("[\"" + TOKEN_BACKEND + "\"]");
		assertThat(body.get("configure_flow").stringValue()).isEqualTo(flow);
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(3);
		assertThat(body.get("allow_show_password").booleanValue()).isTrue();
		assertThat(current(pk)).isEqualTo(body);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where p.stage_ptr_id = '" + pk + "' and s.name = '" + renamed
				+ "' and p.backends = '{" + TOKEN_BACKEND + "}' and p.configure_flow_id = '" + flow
				+ "' and p.failed_attempts_before_cancel = 3 and p.allow_show_password"))
			.isOne();
	}

	@Test
	void ownNameIsNotADuplicate() {
		String name = unique("own");
		String pk = createNamed(name).get("pk").stringValue();

		Response response = put(detail(pk), "{\"name\": \"" + name + "\", \"backends\": [\"" + INBUILT
				+ "\"], \"failed_attempts_before_cancel\": 8}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("name").stringValue()).isEqualTo(name);
		assertThat(response.json().get("failed_attempts_before_cancel").intValue()).isEqualTo(8);
	}

	@Test
	void anotherStagesNameIsADuplicate() {
		String taken = unique("taken");
		createNamed(taken);
		JsonNode stage = createNamed(unique("other"));
		String pk = stage.get("pk").stringValue();

		Response response = put(detail(pk), "{\"name\": \"" + taken + "\", \"backends\": [\"" + TOKEN_BACKEND
				+ "\"], \"failed_attempts_before_cancel\": 8}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
		assertThat(current(pk)).isEqualTo(stage);
	}

	@Test
	void unknownIdIsNotFoundAndCreatesNothing() {
		String name = unique("ghost");

		Response response = put(detail(UUID.randomUUID().toString()),
				"{\"name\": \"" + name + "\", \"backends\": [\"" + INBUILT + "\"]}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
		assertThat(count("select count(*) from authentik_flows_stage where name = '" + name + "'")).isZero();
	}

	@Test
	void malformedIdIsPlainNotFound() {
		Response response = put(detail("abc"),
				"{\"name\": \"" + unique("ghost") + "\", \"backends\": [\"" + INBUILT + "\"]}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void getBodySentBackWithPutIsAcceptedUnchanged() {
		JsonNode owner = createWithFlows(unique("echoowner"), unique("echocfg"));
		String configureFlow = owner.get("flow_set").get(0).get("pk").stringValue();
		String pk = createStage("{\"name\": \"" + unique("echo") + "\", \"backends\": [\"" + INBUILT + "\", \""
				+ TOKEN_BACKEND + "\"], \"configure_flow\": \"" + configureFlow
				+ "\", \"failed_attempts_before_cancel\": 2, \"allow_show_password\": true, \"flow_set\": ["
				+ flowItem(unique("echoa")) + "," + flowItem(unique("echob")) + "]}")
			.get("pk")
			.stringValue();
		Response got = get(detail(pk));

		Response response = put(detail(pk), got.body());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(got.json());
		assertThat(current(pk)).isEqualTo(got.json());
		assertThat(bindings(pk)).isEqualTo(2);
	}

}

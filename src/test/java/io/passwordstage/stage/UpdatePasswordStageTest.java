package io.passwordstage.stage;

import java.util.UUID;
import java.util.stream.Stream;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** PUT: name and backends required, omitted optional fields kept, never a create. */
class UpdatePasswordStageTest extends StageApiTest {

	static Stream<Arguments> nameAndBackendsAreRequired() {
		return Stream.of(
				arguments(StageBody.body().backends(Backend.TOKEN).json(), "{\"name\":[\"This field is required.\"]}"),
				arguments(StageBody.body().name("renamed-by-put").json(),
						"{\"backends\":[\"This field is required.\"]}"),
				arguments("{}", "{\"name\":[\"This field is required.\"],\"backends\":[\"This field is required.\"]}"));
	}

	@ParameterizedTest
	@MethodSource
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
		JsonNode stage = createStage(StageBody.stage(unique("keep"))
			.set("configure_flow", flow)
			.set("failed_attempts_before_cancel", 3)
			.set("allow_show_password", true));
		String pk = stage.get("pk").stringValue();
		String renamed = unique("kept");

		Response response = put(detail(pk), StageBody.stage(renamed).backends(Backend.TOKEN).json());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("name").stringValue()).isEqualTo(renamed);
		assertThat(body.get("backends").toString()).isEqualTo("[\"" + Backend.TOKEN.value() + "\"]");
		assertThat(body.get("configure_flow").stringValue()).isEqualTo(flow);
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(3);
		assertThat(body.get("allow_show_password").booleanValue()).isTrue();
		assertThat(current(pk)).isEqualTo(body);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where p.stage_ptr_id = '" + pk + "' and s.name = '" + renamed
				+ "' and p.backends = '{" + Backend.TOKEN.value() + "}' and p.configure_flow_id = '" + flow
				+ "' and p.failed_attempts_before_cancel = 3 and p.allow_show_password"))
			.isOne();
	}

	@Test
	void ownNameIsNotADuplicate() {
		String name = unique("own");
		String pk = createNamed(name).get("pk").stringValue();

		Response response = put(detail(pk), StageBody.stage(name).set("failed_attempts_before_cancel", 8).json());

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

		Response response = put(detail(pk),
				StageBody.stage(taken).backends(Backend.TOKEN).set("failed_attempts_before_cancel", 8).json());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
		assertThat(current(pk)).isEqualTo(stage);
	}

	@Test
	void unknownIdIsNotFoundAndCreatesNothing() {
		String name = unique("ghost");

		Response response = put(detail(UUID.randomUUID().toString()), StageBody.stage(name).json());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
		assertThat(stagesNamed(name)).isZero();
	}

	@Test
	void malformedIdIsPlainNotFound() {
		Response response = put(detail("abc"), StageBody.stage(unique("ghost")).json());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void getBodySentBackWithPutIsAcceptedUnchanged() {
		JsonNode owner = createWithFlows(unique("echoowner"), unique("echocfg"));
		String configureFlow = owner.get("flow_set").get(0).get("pk").stringValue();
		String pk = createStage(StageBody.stage(unique("echo"))
			.backends(Backend.INBUILT, Backend.TOKEN)
			.set("configure_flow", configureFlow)
			.set("failed_attempts_before_cancel", 2)
			.set("allow_show_password", true)
			.flows(unique("echoa"), unique("echob"))).get("pk").stringValue();
		Response got = get(detail(pk));

		Response response = put(detail(pk), got.body());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(got.json());
		assertThat(current(pk)).isEqualTo(got.json());
		assertThat(bindings(pk)).isEqualTo(2);
	}

}

package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/** PATCH: only the fields present change; an invalid request changes nothing. */
class PartialUpdatePasswordStageTest extends StageApiTest {

	private JsonNode createFull() {
		return createStage(StageBody.stage(unique("patch"))
			.set("failed_attempts_before_cancel", 3)
			.set("allow_show_password", true)
			.flows(unique("patchflow")));
	}

	@Test
	void onlyPresentFieldsChange() {
		JsonNode stage = createFull();
		String pk = stage.get("pk").stringValue();

		Response response = patch(detail(pk), "{\"failed_attempts_before_cancel\": 9}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(9);
		for (String field : new String[] { "pk", "name", "component", "verbose_name", "verbose_name_plural",
				"meta_model_name", "flow_set", "backends", "configure_flow", "allow_show_password" }) {
			assertThat(body.get(field)).as(field).isEqualTo(stage.get(field));
		}
		assertThat(current(pk)).isEqualTo(body);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage where stage_ptr_id = '" + pk
				+ "' and failed_attempts_before_cancel = 9 and allow_show_password"))
			.isOne();
	}

	@Test
	void renameAndBackendsAlone() {
		JsonNode stage = createFull();
		String pk = stage.get("pk").stringValue();
		String renamed = unique("patched");

		JsonNode body = patch(detail(pk), StageBody.body().name(renamed).backends(Backend.TOKEN).json()).json();

		assertThat(body.get("name").stringValue()).isEqualTo(renamed);
		assertThat(body.get("backends").toString()).isEqualTo("[\"" + Backend.TOKEN.value() + "\"]");
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(3);
		assertThat(body.get("allow_show_password").booleanValue()).isTrue();
		assertThat(body.get("flow_set")).isEqualTo(stage.get("flow_set"));
	}

	@Test
	void emptyPatchChangesNothing() {
		JsonNode stage = createFull();
		String pk = stage.get("pk").stringValue();

		Response response = patch(detail(pk), "{}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(stage);
		assertThat(current(pk)).isEqualTo(stage);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"failed_attempts_before_cancel\": \"abc\"|{\"failed_attempts_before_cancel\":[\"A valid integer is required.\"]}",
			"\"backends\": []|{\"backends\":[\"This list may not be empty.\"]}",
			"\"backends\": [\"nope\"]|{\"backends\":{\"0\":[\"\\\"nope\\\" is not a valid choice.\"]}}",
			"\"allow_show_password\": \"maybe\"|{\"allow_show_password\":[\"Must be a valid boolean.\"]}",
			"\"name\": \"   \"|{\"name\":[\"This field may not be blank.\"]}",
			"\"name\": null|{\"name\":[\"This field may not be null.\"]}",
			"\"configure_flow\": \"not-a-uuid\"|{\"configure_flow\":[\"\u201cnot-a-uuid\u201d is not a valid UUID.\"]}" })
	void invalidValueChangesNothing(String invalid, String errors) {
		JsonNode stage = createFull();
		String pk = stage.get("pk").stringValue();

		Response response = patch(detail(pk), "{\"failed_attempts_before_cancel\": 11, \"allow_show_password\": false, "
				+ "\"flow_set\": [], " + invalid + "}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors);
		assertThat(current(pk)).isEqualTo(stage);
		assertThat(bindings(pk)).isOne();
	}

	@Test
	void anotherStagesNameChangesNothing() {
		String taken = unique("patchtaken");
		createNamed(taken);
		JsonNode stage = createFull();
		String pk = stage.get("pk").stringValue();

		Response response = patch(detail(pk), "{\"name\": \"" + taken + "\", \"failed_attempts_before_cancel\": 1}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
		assertThat(current(pk)).isEqualTo(stage);
	}

	@Test
	void unknownIdIsNotFound() {
		Response response = patch(detail(UUID.randomUUID().toString()), "{}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
	}

}

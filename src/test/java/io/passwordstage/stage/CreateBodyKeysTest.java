package io.passwordstage.stage;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST: all failing fields reported together in serializer order; unknown and read-only
 * keys ignored.
 */
class CreateBodyKeysTest extends ApiTest {

	private static final String ALL_FIELDS_WRONG = "{\"name\":[\"This field may not be blank.\"],"
			+ "\"flow_set\":[\"This field may not be null.\"],\"backends\":[\"This list may not be empty.\"],"
			+ "\"configure_flow\":[\"“x” is not a valid UUID.\"],"
			+ "\"failed_attempts_before_cancel\":[\"A valid integer is required.\"],"
			+ "\"allow_show_password\":[\"Must be a valid boolean.\"]}";

	@Test
	void reportsEveryFailingFieldInSerializerOrder() {
		Response response = post(STAGES, """
				{"name": " ", "flow_set": null, "backends": [], "configure_flow": "x",
				 "failed_attempts_before_cancel": "abc", "allow_show_password": "maybe"}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(ALL_FIELDS_WRONG);
	}

	@Test
	void orderDoesNotFollowTheRequest() {
		Response response = post(STAGES, """
				{"allow_show_password": "maybe", "failed_attempts_before_cancel": "abc", "configure_flow": "x",
				 "backends": [], "flow_set": null, "name": " "}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(ALL_FIELDS_WRONG);
	}

	@Test
	void validFieldsAreLeftOutOfTheErrors() {
		assertCreateRejected(
				StageBody.stage("cbd-some-wrong")
					.backends(Backend.INBUILT.value(), "x")
					.raw("failed_attempts_before_cancel", "2147483648")
					.set("allow_show_password", true)
					.json(),
				"{\"backends\":{\"1\":[\"\\\"x\\\" is not a valid choice.\"]},"
						+ "\"failed_attempts_before_cancel\":[\"Ensure this value is less than or equal to 2147483647.\"]}");
	}

	@Test
	void ignoresUnknownAndReadOnlyKeys() {
		Response response = post(STAGES, """
				{"pk": "00000000-0000-0000-0000-0000000000aa", "component": "ak-other-form", "verbose_name": "Other",
				 "verbose_name_plural": "Others", "meta_model_name": "authentik_core.user", "foo": {"bar": [1, 2]},
				 "name": "cbd-ignored-keys", "backends": ["authentik.core.auth.TokenBackend"], "stage_uuid": 5}""");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		String pk = body.get("pk").stringValue();
		assertThat(pk).isNotEqualTo("00000000-0000-0000-0000-0000000000aa");
		assertThat(response.body()).isEqualTo("{\"pk\":\"" + pk + "\",\"name\":\"cbd-ignored-keys\","
				+ "\"component\":\"ak-stage-password-form\",\"verbose_name\":\"Password Stage\","
				+ "\"verbose_name_plural\":\"Password Stages\",\"meta_model_name\":\"authentik_stages_password.passwordstage\","
				+ "\"flow_set\":[],\"backends\":[\"authentik.core.auth.TokenBackend\"],\"configure_flow\":null,"
				+ "\"failed_attempts_before_cancel\":5,\"allow_show_password\":false}");
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk
				+ "' and name = 'cbd-ignored-keys'"))
			.isOne();
		assertThat(count(
				"select count(*) from authentik_flows_stage where stage_uuid = '00000000-0000-0000-0000-0000000000aa'"))
			.isZero();
	}

	@Test
	void lastOfDuplicateKeysWins() {
		Response response = post(STAGES, """
				{"name": "cbd-first", "backends": ["authentik.core.auth.InbuiltBackend"], "name": "cbd-last"}""");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("name").stringValue()).isEqualTo("cbd-last");
		assertThat(stagesNamed("cbd-first")).isZero();
		assertThat(stagesNamed("cbd-last")).isOne();
	}

}

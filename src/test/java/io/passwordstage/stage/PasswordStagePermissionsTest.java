package io.passwordstage.stage;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.stage.PasswordStageController.ADD;
import static io.passwordstage.stage.PasswordStageController.CHANGE;
import static io.passwordstage.stage.PasswordStageController.DELETE;
import static io.passwordstage.stage.PasswordStageController.VIEW;
import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route but create, with no token and with tokens holding some of the four
 * permissions.
 */
class PasswordStagePermissionsTest extends StageApiTest {

	private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String[] DETAIL_ROUTES = { "GET", "PUT", "PATCH", "DELETE", "USED_BY" };

	/**
	 * One request on a stage's route; {@code USED_BY} is the GET of its used_by action.
	 */
	private Response call(String route, String pk, String token) {
		return switch (route) {
			case "USED_BY" -> send("GET", detail(pk) + "used_by/", null, null, token);
			case "PUT" -> send("PUT", detail(pk),
					StageBody.stage(unique("perm-put"))
						.backends(Backend.TOKEN)
						.set("failed_attempts_before_cancel", 1)
						.flows()
						.json(),
					"application/json", token);
			case "PATCH" -> send("PATCH", detail(pk), "{\"failed_attempts_before_cancel\": 1, \"flow_set\": []}",
					"application/json", token);
			default -> send(route, detail(pk), null, null, token);
		};
	}

	private Response list(String search, String token) {
		return send("GET", STAGES + "?search=" + search, null, null, token);
	}

	private JsonNode createBound(String prefix) {
		return createWithFlows(prefix + "-stage", unique("permflow"));
	}

	private void assertUnchanged(JsonNode stage) {
		String pk = stage.get("pk").stringValue();
		assertThat(current(pk)).isEqualTo(stage);
		assertThat(bindings(pk)).isOne();
	}

	@Test
	void anonymousListIsNotAuthenticated() {
		Response response = list(unique("anon"), null);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "PATCH", "DELETE", "USED_BY" })
	void anonymousDetailRoutesAreDenied(String route) {
		JsonNode stage = createBound(unique("anon"));

		Response response = call(route, stage.get("pk").stringValue(), null);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(DENIED);
		assertUnchanged(stage);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ADD, CHANGE + "," + DELETE, ADD + "," + CHANGE + "," + DELETE })
	void tokenWithoutViewIsDeniedEverywhere(String permissions) {
		String prefix = unique("noview");
		JsonNode stage = createBound(prefix);
		String token = tokenWith(permissions.isEmpty() ? new String[0] : permissions.split(","));

		Response listed = list(prefix, token);
		assertThat(listed.status()).isEqualTo(403);
		assertThat(listed.body()).isEqualTo(DENIED);
		for (String route : DETAIL_ROUTES) {
			Response response = call(route, stage.get("pk").stringValue(), token);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo(DENIED);
		}
		assertUnchanged(stage);
	}

	@Test
	void viewOnlyReadsButCannotWrite() {
		String prefix = unique("viewonly");
		JsonNode stage = createBound(prefix);
		String pk = stage.get("pk").stringValue();
		String token = tokenWith(VIEW);

		Response listed = list(prefix, token);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get("results")).hasSize(1);
		assertThat(listed.json().get("results").get(0)).isEqualTo(stage);
		Response retrieved = call("GET", pk, token);
		assertThat(retrieved.status()).isEqualTo(200);
		assertThat(retrieved.json()).isEqualTo(stage);
		Response usedBy = call("USED_BY", pk, token);
		assertThat(usedBy.status()).isEqualTo(200);
		assertThat(usedBy.json()).hasSize(2);
		for (String route : new String[] { "PUT", "PATCH", "DELETE" }) {
			Response response = call(route, pk, token);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo(DENIED);
		}
		assertUnchanged(stage);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void viewAndChangeMayUpdate(String route) {
		String pk = createBound(unique("change")).get("pk").stringValue();

		Response response = call(route, pk, tokenWith(VIEW, CHANGE));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("failed_attempts_before_cancel").intValue()).isOne();
		assertThat(bindings(pk)).isZero();
	}

	@Test
	void viewAndChangeMayNotDelete() {
		JsonNode stage = createBound(unique("changedel"));

		Response response = call("DELETE", stage.get("pk").stringValue(), tokenWith(VIEW, CHANGE));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(DENIED);
		assertUnchanged(stage);
	}

	@Test
	void viewAndDeleteMayDelete() {
		JsonNode stage = createBound(unique("delete"));
		String pk = stage.get("pk").stringValue();
		String token = tokenWith(VIEW, DELETE);

		Response patched = call("PATCH", pk, token);
		assertThat(patched.status()).isEqualTo(403);
		assertThat(patched.body()).isEqualTo(DENIED);
		assertUnchanged(stage);

		Response response = call("DELETE", pk, token);

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk + "'")).isZero();
	}

}

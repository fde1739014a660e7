package io.passwordstage.allstages;

import io.passwordstage.auth.ApiPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.auth.ApiPermission.DELETE;
import static io.passwordstage.auth.ApiPermission.DELETE_STAGE;
import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.auth.ApiPermission.VIEW_STAGE;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads need {@code view_stage} or {@code view_passwordstage}; a delete needs one of them
 * and {@code delete_stage} or {@code delete_passwordstage}; types and user settings need
 * only a token.
 */
class AllStagesPermissionsTest extends AllStagesTest {

	private Response call(String route, String pk, String token) {
		return switch (route) {
			case "LIST" -> send("GET", ALL + "?search=" + pk, null, null, token);
			case "USED_BY" -> send("GET", detail(pk) + "used_by/", null, null, token);
			case "TYPES" -> send("GET", ALL + "types/", null, null, token);
			case "USER_SETTINGS" -> send("GET", ALL + "user_settings/", null, null, token);
			default -> send(route, detail(pk), null, null, token);
		};
	}

	private String stage() {
		return createWithFlows(unique("allperm"), unique("allpermflow")).get("pk").stringValue();
	}

	private static boolean exists(String pk) {
		return count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk + "'") == 1;
	}

	@Test
	void anonymousCollectionRoutesAreNotAuthenticated() {
		String pk = stage();
		for (String route : new String[] { "LIST", "TYPES", "USER_SETTINGS" }) {
			Response response = call(route, pk, null);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo(NOT_AUTHENTICATED);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "DELETE", "USED_BY" })
	void anonymousObjectRoutesAreDenied(String route) {
		String pk = stage();

		Response response = call(route, pk, null);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(DENIED);
		assertThat(exists(pk)).isTrue();
	}

	@Test
	void withoutAViewPermissionEveryReadAndTheDeleteAreDenied() {
		String pk = stage();
		String token = tokenWith(DELETE_STAGE, DELETE, ApiPermission.ADD, ApiPermission.VIEW_FLOW,
				ApiPermission.VIEW_BINDING);

		for (String route : new String[] { "LIST", "GET", "USED_BY", "DELETE" }) {
			Response response = call(route, pk, token);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo(DENIED);
		}
		assertThat(exists(pk)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = ApiPermission.class, names = { "VIEW_STAGE", "VIEW" })
	void eitherViewPermissionReadsButCannotDelete(ApiPermission view) {
		String name = unique("allviewer");
		JsonNode created = createWithFlows(name, unique("allviewerflow"));
		String pk = created.get("pk").stringValue();
		String token = tokenWith(view);

		Response listed = send("GET", ALL + "?search=" + name, null, null, token);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get("results").get(0)).isEqualTo(asStage(created));
		assertThat(call("GET", pk, token).json()).isEqualTo(asStage(created));
		// used_by lists only what the caller may view: neither the flow nor the binding
		assertThat(call("USED_BY", pk, token).json()).isEmpty();
		Response deleted = call("DELETE", pk, token);
		assertThat(deleted.status()).isEqualTo(403);
		assertThat(deleted.body()).isEqualTo(DENIED);
		assertThat(exists(pk)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "VIEW_STAGE,DELETE_STAGE", "VIEW,DELETE", "VIEW_STAGE,DELETE", "VIEW,DELETE_STAGE" })
	void aViewAndADeletePermissionDelete(String permissions) {
		String pk = stage();
		String[] names = permissions.split(",");
		String token = tokenWith(ApiPermission.valueOf(names[0]), ApiPermission.valueOf(names[1]));

		Response response = call("DELETE", pk, token);

		assertThat(response.status()).isEqualTo(204);
		assertThat(exists(pk)).isFalse();
	}

	@Test
	void typesAndUserSettingsNeedOnlyAToken() {
		String token = tokenWith(new String[0]);
		for (String route : new String[] { "TYPES", "USER_SETTINGS" }) {
			assertThat(call(route, "", token).status()).as(route).isEqualTo(200);
		}
		assertThat(call("LIST", unique("x"), tokenWith(VIEW_STAGE)).status()).isEqualTo(200);
		assertThat(call("LIST", unique("x"), tokenWith(VIEW)).status()).isEqualTo(200);
	}

	@Test
	void anInvalidTokenIsRejectedEverywhere() {
		for (String route : new String[] { "LIST", "TYPES", "USER_SETTINGS", "GET" }) {
			Response response = call(route, stage(), "not-a-token");
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo("{\"detail\":\"Token invalid/expired\"}");
		}
	}

}

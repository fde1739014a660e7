package io.passwordstage.rbac;

import java.util.UUID;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2025.8's {@code /rbac/permissions/roles/}: a role's object permissions one by one, with
 * the object's description when the role may view it; moved to another object and removed
 * by id, which members feel at once; superusers only.
 */
class RolePermissionsTest extends RbacTest {

	static final String BY_ID = PERMISSIONS + "roles/";

	@Test
	void aRolesObjectPermissionIsListedMovedAndRemoved() {
		String name = "described-" + UUID.randomUUID();
		String one = stage(name);
		String other = stage("other-" + UUID.randomUUID());
		String role = role("one-by-one-" + UUID.randomUUID());
		Account member = account();
		TestDatabase.execute("insert into authentik_rbac_role_users (role_uuid, user_id) values (?::uuid, ?)", role,
				member.user());
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"" + STAGE_MODEL
				+ "\", \"object_pk\": \"" + one + "\"}");
		String id = TestDatabase.text("select id::text from authentik_rbac_assignment where role_uuid = ?::uuid", role);

		JsonNode page = send("GET", BY_ID + "?uuid=" + role, null, null, BOOTSTRAP_KEY).json();
		assertThat(page.propertyNames()).containsExactly("pagination", "results");
		String shown = "{\"id\":" + id + ",\"codename\":\"view_passwordstage\",\"model\":\"passwordstage\","
				+ "\"app_label\":\"authentik_stages_password\",\"object_pk\":\"" + one
				+ "\",\"name\":\"Can view Password Stage\",\"app_label_verbose\":\"authentik Stages.Password\","
				+ "\"model_verbose\":\"Password Stage\",\"object_description\":\"Stage " + name + "\"}";
		assertThat(page.get("results").toString()).isEqualTo("[" + shown + "]");
		assertThat(send("GET", BY_ID + id + "/", null, null, BOOTSTRAP_KEY).body()).isEqualTo(shown);

		Response moved = send("PATCH", BY_ID + id + "/", "{\"object_pk\": \"" + other + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("object_pk").stringValue()).isEqualTo(other);
		assertThat(as(member.key(), "GET", STAGES + other + "/", null).status()).isEqualTo(200);
		assertThat(as(member.key(), "GET", STAGES + one + "/", null).status()).isEqualTo(404);

		assertThat(send("PUT", BY_ID + id + "/", "{}", "application/json", BOOTSTRAP_KEY).body())
			.isEqualTo("{\"object_pk\":[\"This field is required.\"]}");
		String missing = UUID.randomUUID().toString();
		assertThat(
				send("PUT", BY_ID + id + "/", "{\"object_pk\": \"" + missing + "\"}", "application/json", BOOTSTRAP_KEY)
					.body())
			.isEqualTo("{\"object_pk\":[\"Invalid pk \\\"" + missing + "\\\" - object does not exist.\"]}");
		assertThat(as(member.key(), "GET", BY_ID, null).body()).isEqualTo(DENIED);
		assertThat(as(member.key(), "DELETE", BY_ID + id + "/", null).body()).isEqualTo(DENIED);

		assertThat(send("DELETE", BY_ID + id + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);
		assertThat(as(member.key(), "GET", STAGES + other + "/", null).status()).isEqualTo(403);
		assertThat(send("GET", BY_ID + id + "/", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"detail\":\"No GroupObjectPermission matches the given query.\"}");
		assertThat(send("GET", BY_ID + "?uuid=nope", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"uuid\":[\"Enter a valid UUID.\"]}");
	}

	@Test
	void theDescriptionIsShownOnlyWhenTheRoleMayViewTheObject() {
		String stage = stage("hidden-" + UUID.randomUUID());
		String role = role("changer-" + UUID.randomUUID());
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"change_passwordstage\"], \"model\": \"" + STAGE_MODEL
				+ "\", \"object_pk\": \"" + stage + "\"}");
		JsonNode shown = send("GET", BY_ID + "?uuid=" + role, null, null, BOOTSTRAP_KEY).json().get("results").get(0);
		assertThat(shown.get("object_description").isNull()).isTrue();
	}

}

package io.passwordstage.rbac;

import java.util.UUID;

import io.passwordstage.support.Line2026_8;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 2026.8 line: users added to and removed from roles ({@code add_user},
 * {@code remove_user}) get and lose what the role holds; the role list's {@code users}
 * filter; an object's role assignments in 2026's shape; users hold nothing directly;
 * roles' object permissions are only listed, with {@code autocomplete}.
 */
@Line2026_8
class RoleMembersTest extends RbacTest {

	@Test
	void membersGetWhatTheRoleHoldsUntilTheyAreRemoved() {
		String role = role("members-" + UUID.randomUUID());
		Account member = account();
		assertThat(post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"]}").status())
			.isEqualTo(200);
		assertThat(as(member.key(), "GET", STAGES, null).body()).isEqualTo(DENIED);

		Response added = post(ROLES + role + "/add_user/", "{\"pk\": " + member.user() + "}");
		assertThat(added.status()).isEqualTo(204);
		assertThat(post(ROLES + role + "/add_user/", "{\"pk\": \"" + member.user() + "\"}").status())
			.as("adding again changes nothing")
			.isEqualTo(204);
		assertThat(as(member.key(), "GET", STAGES, null).status()).isEqualTo(200);
		JsonNode roles = send("GET", ROLES + "?users=" + member.user(), null, null, BOOTSTRAP_KEY).json();
		assertThat(roles.get("results").toString()).isEqualTo("[{\"pk\":\"" + role + "\",\"name\":\""
				+ TestDatabase.text("select name from authentik_rbac_role where uuid = ?::uuid", role) + "\"}]");

		assertThat(post(ROLES + role + "/remove_user/", "{\"pk\": " + member.user() + "}").status()).isEqualTo(204);
		assertThat(as(member.key(), "GET", STAGES, null).status()).isEqualTo(403);
		assertThat(
				send("GET", ROLES + "?users=" + member.user(), null, null, BOOTSTRAP_KEY).json().get("results").size())
			.isZero();
	}

	@Test
	void addingNeedsChangeRoleAndAUserTheCallerMayView() {
		String role = role("guarded-" + UUID.randomUUID());
		Account member = account();
		long members = TestDatabase.count("select count(*) from authentik_rbac_role_users");

		assertThat(as(account(RoleController.VIEW).key(), "POST", ROLES + role + "/add_user/",
				"{\"pk\": " + member.user() + "}")
			.body()).isEqualTo(DENIED);
		assertThat(as(account(RoleController.CHANGE).key(), "POST", ROLES + role + "/add_user/",
				"{\"pk\": " + member.user() + "}")
			.body()).as("a user the caller may not view is not found").isEqualTo("{\"detail\":\"Not found.\"}");
		assertThat(post(ROLES + role + "/add_user/", "{\"pk\": 2147483647}").body())
			.isEqualTo("{\"detail\":\"Not found.\"}");
		assertThat(post(ROLES + role + "/add_user/", "{\"pk\": 99999999999}").status()).isEqualTo(404);
		assertThat(post(ROLES + role + "/add_user/", "{\"pk\": \"one\"}").body())
			.isEqualTo("{\"pk\":[\"A valid integer is required.\"]}");
		assertThat(post(ROLES + role + "/add_user/", "{}").body()).isEqualTo("{\"pk\":[\"This field is required.\"]}");
		assertThat(post(ROLES + UUID.randomUUID() + "/add_user/", "{\"pk\": " + member.user() + "}").body())
			.isEqualTo("{\"detail\":\"No Role matches the given query.\"}");
		assertThat(TestDatabase.count("select count(*) from authentik_rbac_role_users")).isEqualTo(members);

		Account manager = account(RoleController.CHANGE, AssignedByUsersController.VIEW);
		assertThat(as(manager.key(), "POST", ROLES + role + "/add_user/", "{\"pk\": " + member.user() + "}").status())
			.isEqualTo(204);
	}

	@Test
	void anObjectsRoleAssignmentsShowObjectAndModelPermissions() {
		String stage = stage("shape-" + UUID.randomUUID());
		String role = role("shape-" + UUID.randomUUID());
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"" + STAGE_MODEL
				+ "\", \"object_pk\": \"" + stage + "\"}");
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"authentik_flows.view_flow\"]}");

		JsonNode holders = send("GET",
				BY_ROLES + "?model=" + STAGE_MODEL + "&object_pk=" + stage + "&search="
						+ TestDatabase.text("select name from authentik_rbac_role where uuid = ?::uuid", role),
				null, null, BOOTSTRAP_KEY)
			.json();
		assertThat(holders.get("results").size()).isOne();
		JsonNode holder = holders.get("results").get(0);
		assertThat(holder.propertyNames()).containsExactly("role_pk", "name", "object_permissions",
				"model_permissions");
		assertThat(holder.get("object_permissions").get(0).get("object_pk").stringValue()).isEqualTo(stage);
		assertThat(holder.get("model_permissions").get(0).propertyNames()).containsExactly("id", "codename", "model",
				"app_label", "name");
		assertThat(holder.get("model_permissions").get(0).get("codename").stringValue()).isEqualTo("view_flow");
		assertThat(send("GET", BY_ROLES + "?model=authentik_lifecycle.review", null, null, BOOTSTRAP_KEY).status())
			.as("a model of 2026")
			.isEqualTo(200);
		assertThat(send("GET", BY_ROLES + "?model=authentik_stages_consent.userconsent", null, null, BOOTSTRAP_KEY)
			.status()).as("a model of 2025.8 only").isEqualTo(400);
		assertThat(send("GET", PERMISSIONS + "assigned_by_users/?model=" + STAGE_MODEL, null, null, BOOTSTRAP_KEY)
			.status()).as("users hold nothing directly in 2026").isEqualTo(404);

		JsonNode oneByOne = send("GET", PERMISSIONS + "roles/?uuid=" + role, null, null, BOOTSTRAP_KEY).json();
		assertThat(oneByOne.propertyNames()).containsExactly("pagination", "results", "autocomplete");
		assertThat(oneByOne.get("results").get(0).get("object_pk").stringValue()).isEqualTo(stage);
		String id = oneByOne.get("results").get(0).get("id").toString();
		assertThat(send("GET", PERMISSIONS + "roles/" + id + "/", null, null, BOOTSTRAP_KEY).status())
			.as("2026 lists them only")
			.isIn(404, 405);
	}

}

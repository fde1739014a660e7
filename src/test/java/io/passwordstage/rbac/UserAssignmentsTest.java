package io.passwordstage.rbac;

import java.util.UUID;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2025.8's {@code assigned_by_users}: permissions assigned to a user directly, on one
 * password stage, seen with its token and taken back; the list of an object's holders;
 * {@code /rbac/permissions/users/}, a user's object permissions one by one.
 */
class UserAssignmentsTest extends RbacTest {

	static final String BY_USERS = PERMISSIONS + "assigned_by_users/";

	static final String ONE_BY_ONE = PERMISSIONS + "users/";

	@Test
	void aUserGetsAPermissionOnOneStageDirectly() {
		String stage = stage("direct-" + UUID.randomUUID());
		Account user = account();
		String body = "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"" + STAGE_MODEL
				+ "\", \"object_pk\": \"" + stage + "\"}";

		Response assigned = post(BY_USERS + user.user() + "/assign/", body);
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		assertThat(as(user.key(), "GET", STAGES + stage + "/", null).status()).isEqualTo(200);

		JsonNode holders = send("GET", BY_USERS + "?model=" + STAGE_MODEL + "&object_pk=" + stage, null, null,
				BOOTSTRAP_KEY)
			.json();
		JsonNode holder = holders.get("results")
			.valueStream()
			.filter(each -> each.get("pk").intValue() == user.user())
			.findFirst()
			.orElseThrow();
		assertThat(holder.propertyNames()).containsExactly("pk", "username", "name", "is_active", "last_login", "email",
				"attributes", "uid", "permissions", "is_superuser");
		assertThat(holder.get("permissions").get(0).get("object_pk").stringValue()).isEqualTo(stage);
		assertThat(holders.get("results").valueStream().anyMatch(each -> each.get("is_superuser").booleanValue()))
			.as("superusers hold everything")
			.isTrue();

		Response unassigned = send("PATCH", BY_USERS + user.user() + "/unassign/", body, "application/json",
				BOOTSTRAP_KEY);
		assertThat(unassigned.status()).isEqualTo(204);
		assertThat(as(user.key(), "GET", STAGES + stage + "/", null).status()).isEqualTo(403);
		assertThat(TestDatabase.count("select count(*) from authentik_rbac_assignment where user_id = ?", user.user()))
			.isZero();
	}

	@Test
	void assigningToAUserNeedsItsPermissionAndAUser() {
		Account user = account();
		String body = "{\"permissions\": [\"" + VIEW_STAGE + "\"]}";
		assertThat(as(account(AssignedByUsersController.VIEW).key(), "POST", BY_USERS + user.user() + "/assign/", body)
			.body()).isEqualTo(DENIED);
		assertThat(post(BY_USERS + "2147483647/assign/", body).body())
			.isEqualTo("{\"detail\":\"No User matches the given query.\"}");
		assertThat(post(BY_USERS + "abc/assign/", body).status()).isEqualTo(404);
		String internal = TestDatabase.text(
				"insert into authentik_core_user (uuid, username, type)"
						+ " values (gen_random_uuid(), ?, 'internal_service_account') returning id::text",
				"outpost-" + UUID.randomUUID());
		assertThat(post(BY_USERS + internal + "/assign/", body).body())
			.isEqualTo("{\"non_field_errors\":[\"Permissions cannot be assigned to an internal service account.\"]}");
		assertThat(send("PATCH", BY_USERS + internal + "/unassign/", body, "application/json", BOOTSTRAP_KEY).body())
			.isEqualTo(
					"{\"non_field_errors\":[\"Permissions cannot be unassigned from an internal service account.\"]}");
		assertThat(TestDatabase.count("select count(*) from authentik_rbac_assignment where user_id = ?", user.user()))
			.isZero();
	}

	@Test
	void aUsersObjectPermissionsAreListedMovedAndRemovedOneByOne() {
		String name = "mine-" + UUID.randomUUID();
		String one = stage(name);
		String other = stage("theirs-" + UUID.randomUUID());
		Account user = account();
		post(BY_USERS + user.user() + "/assign/", "{\"permissions\": [\"view_passwordstage\"], \"model\": \""
				+ STAGE_MODEL + "\", \"object_pk\": \"" + one + "\"}");
		String id = TestDatabase.text("select id::text from authentik_rbac_assignment where user_id = ?", user.user());

		JsonNode page = send("GET", ONE_BY_ONE + "?user_id=" + user.user(), null, null, BOOTSTRAP_KEY).json();
		assertThat(page.propertyNames()).containsExactly("pagination", "results");
		assertThat(page.get("results").size()).isOne();
		assertThat(page.get("results").get(0).get("object_description").stringValue()).isEqualTo("Stage " + name);
		assertThat(send("GET", ONE_BY_ONE + id + "/", null, null, BOOTSTRAP_KEY).json().get("object_pk").stringValue())
			.isEqualTo(one);

		Response moved = send("PUT", ONE_BY_ONE + id + "/", "{\"object_pk\": \"" + other + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(as(user.key(), "GET", STAGES + other + "/", null).status()).isEqualTo(200);
		assertThat(as(user.key(), "GET", ONE_BY_ONE, null).body()).isEqualTo(DENIED);
		assertThat(send("GET", ONE_BY_ONE + "?user_id=x", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"user_id\":[\"Enter a number.\"]}");

		assertThat(send("DELETE", ONE_BY_ONE + id + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);
		assertThat(as(user.key(), "GET", STAGES + other + "/", null).status()).isEqualTo(403);
		assertThat(send("DELETE", ONE_BY_ONE + id + "/", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"detail\":\"No UserObjectPermission matches the given query.\"}");
	}

}

package io.passwordstage.rbac;

import java.util.Collections;
import java.util.UUID;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Permissions assigned to a role and taken back ({@code assigned_by_roles}), globally and
 * on one password stage, seen with the token of a member of the role (2025.8: members are
 * inserted, that line has no add_user); and bodies that must change nothing.
 */
class RoleAssignmentsTest extends RbacTest {

	@Test
	void aGlobalAssignmentLetsMembersDoItAndUnassigningTakesItBack() {
		String role = role("global-" + UUID.randomUUID());
		Account member = member(role);
		assertThat(as(member.key(), "GET", STAGES, null).body()).isEqualTo(DENIED);

		Response assigned = post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"]}");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		String id = TestDatabase.text(
				"select id::text from authentik_rbac_assignment where role_uuid = ?::uuid and object_pk is null", role);
		assertThat(assigned.body()).isEqualTo("[{\"id\":\"" + id + "\"}]");
		assertThat(post(BY_ROLES + role + "/assign/",
				"{\"permissions\": [\"" + VIEW_STAGE + "\", \"" + VIEW_STAGE + "\"]}")
			.body()).as("assigning again finds the same")
			.isEqualTo("[{\"id\":\"" + id + "\"},{\"id\":\"" + id + "\"}]");
		assertThat(as(member.key(), "GET", STAGES, null).status()).isEqualTo(200);

		JsonNode holders = send("GET", BY_ROLES + "?model=" + STAGE_MODEL + "&search=" + roleName(role), null, null,
				BOOTSTRAP_KEY)
			.json();
		assertThat(holders.get("results").size()).isOne();
		assertThat(holders.get("results").get(0).toString())
			.isEqualTo("{\"role_pk\":\"" + role + "\",\"name\":\"" + roleName(role) + "\",\"permissions\":[]}");

		Response unassigned = send("PATCH", BY_ROLES + role + "/unassign/",
				"{\"permissions\": [\"" + VIEW_STAGE + "\"]}", "application/json", BOOTSTRAP_KEY);
		assertThat(unassigned.status()).isEqualTo(204);
		assertThat(as(member.key(), "GET", STAGES, null).status()).isEqualTo(403);
		assertThat(TestDatabase.count("select count(*) from authentik_rbac_assignment where role_uuid = ?::uuid", role))
			.isZero();
	}

	@Test
	void anAssignmentOnOneStageLetsMembersSeeThatStageOnly() {
		String one = stage("one-" + UUID.randomUUID());
		String other = stage("other-" + UUID.randomUUID());
		String role = role("object-" + UUID.randomUUID());
		Account member = member(role);

		Response assigned = post(BY_ROLES + role + "/assign/",
				"{\"permissions\": [\"view_passwordstage\"], \"model\": \"" + STAGE_MODEL + "\", \"object_pk\": \""
						+ one.toUpperCase() + "\"}");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		assertThat(TestDatabase.text("select object_pk from authentik_rbac_assignment where role_uuid = ?::uuid", role))
			.isEqualTo(one);
		assertThat(as(member.key(), "GET", STAGES + one + "/", null).status()).isEqualTo(200);
		assertThat(as(member.key(), "GET", STAGES + other + "/", null).status()).isEqualTo(404);
		assertThat(as(member.key(), "PATCH", STAGES + one + "/", "{\"name\": \"renamed\"}").body()).isEqualTo(DENIED);

		JsonNode holders = send("GET", BY_ROLES + "?model=" + STAGE_MODEL + "&object_pk=" + one, null, null,
				BOOTSTRAP_KEY)
			.json();
		assertThat(holders.get("results").size()).isOne();
		String id = TestDatabase.text("select id::text from authentik_rbac_assignment where role_uuid = ?::uuid", role);
		assertThat(holders.get("results").get(0).get("permissions").toString()).isEqualTo("[{\"id\":" + id
				+ ",\"codename\":\"view_passwordstage\",\"model\":\"passwordstage\",\"app_label\":\"authentik_stages_password\","
				+ "\"object_pk\":\"" + one + "\",\"name\":\"Can view Password Stage\"}]");
		assertThat(send("GET", BY_ROLES + "?model=" + STAGE_MODEL + "&object_pk=" + other, null, null, BOOTSTRAP_KEY)
			.json()
			.get("results")
			.size()).isZero();

		Response unassigned = send("PATCH", BY_ROLES + role + "/unassign/", "{\"permissions\": [\"" + VIEW_STAGE
				+ "\"], \"model\": \"" + STAGE_MODEL + "\", \"object_pk\": \"" + one + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(unassigned.status()).isEqualTo(204);
		assertThat(as(member.key(), "GET", STAGES + one + "/", null).status()).isEqualTo(403);
	}

	@Test
	void whatCannotBeHonouredIsA400ThatChangesNothing() {
		String role = role("hostile-" + UUID.randomUUID());
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"]}");
		String missing = UUID.randomUUID().toString();
		String[][] cases = { { "{\"permissions\": [\"authentik_nothing.view_nothing\"]}",
				"{\"permissions\":{\"0\":[\"\\\"authentik_nothing.view_nothing\\\" is not a permission of this service.\"]}}" },
				{ "{\"permissions\": [\"view_passwordstage\"]}",
						"{\"permissions\":[\"When assigning global permissions, codename must be given as app_label.codename\"]}" },
				{ "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"" + STAGE_MODEL + "\"}",
						"{\"non_field_errors\":[\"The fields model, object_pk must be used together.\"]}" },
				{ "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"nothing.model\", \"object_pk\": \"1\"}",
						"{\"model\":[\"\\\"nothing.model\\\" is not a valid choice.\"]}" },
				{ "{\"permissions\": [\"view_group\"], \"model\": \"authentik_core.group\", \"object_pk\": \"1\"}",
						"{\"model\":[\"\\\"authentik_core.group\\\" is not a model of this service.\"]}" },
				{ "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": \"" + STAGE_MODEL + "\", \"object_pk\": \""
						+ missing + "\"}",
						"{\"object_pk\":[\"Invalid pk \\\"" + missing + "\\\" - object does not exist.\"]}" },
				{ "{\"permissions\": [\"authentik_flows.view_flow\"], \"model\": \"" + STAGE_MODEL
						+ "\", \"object_pk\": \"" + missing + "\"}",
						"{\"permissions\":{\"0\":[\"\\\"authentik_flows.view_flow\\\" is not a permission of "
								+ STAGE_MODEL + ".\"]}}" },
				{ "{\"permissions\": \"" + VIEW_STAGE + "\"}",
						"{\"permissions\":[\"Expected a list of items but got type \\\"str\\\".\"]}" },
				{ "{\"permissions\": [\"" + VIEW_STAGE + "\", {}, null]}",
						"{\"permissions\":{\"1\":[\"Not a valid string.\"],\"2\":[\"This field may not be null.\"]}}" },
				{ "{\"permissions\": [\"\"]}", "{\"permissions\":{\"0\":[\"This field may not be blank.\"]}}" },
				{ "{\"permissions\": [\"" + VIEW_STAGE + "\"], \"model\": [], \"object_pk\": {}}",
						"{\"model\":[\"\\\"[]\\\" is not a valid choice.\"],\"object_pk\":[\"Not a valid string.\"]}" },
				{ "{}", "{\"permissions\":[\"This field is required.\"]}" },
				{ "\"x\"", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got str.\"]}" } };
		long before = assignments(role);
		for (String[] bad : cases) {
			for (String method : new String[] { "POST", "PATCH" }) {
				String path = BY_ROLES + role + (method.equals("POST") ? "/assign/" : "/unassign/");
				Response response = send(method, path, bad[0], "application/json", BOOTSTRAP_KEY);
				assertThat(response.status()).as(method + " " + bad[0]).isEqualTo(400);
				assertThat(response.body()).as(method + " " + bad[0]).isEqualTo(bad[1]);
			}
		}
		String many = "{\"permissions\": [" + String.join(",", Collections.nCopies(2000, "\"nothing.x\"")) + "]}";
		assertThat(post(BY_ROLES + role + "/assign/", many).status()).isEqualTo(400);
		String huge = "{\"permissions\": [\"" + "x".repeat(1_100_000) + "\"]}";
		Response tooLarge = post(BY_ROLES + role + "/assign/", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("detail").isString()).isTrue();
		assertThat(assignments(role)).isEqualTo(before);
	}

	@Test
	void assigningNeedsTheAssignPermissionOnTheRole() {
		String role = role("guarded-" + UUID.randomUUID());
		String body = "{\"permissions\": [\"" + VIEW_STAGE + "\"]}";
		long before = assignments(role);
		assertThat(as(account(RoleController.VIEW).key(), "POST", BY_ROLES + role + "/assign/", body).body())
			.isEqualTo(DENIED);
		assertThat(as(account(AssignedByRolesController.ASSIGN).key(), "PATCH", BY_ROLES + role + "/unassign/", body)
			.body()).isEqualTo(DENIED);
		assertThat(send("POST", BY_ROLES + role + "/assign/", body, "application/json", null).status()).isEqualTo(403);
		assertThat(assignments(role)).isEqualTo(before);

		Account assigner = account(AssignedByRolesController.ASSIGN);
		assertThat(as(assigner.key(), "POST", BY_ROLES + role + "/assign/", body).status()).isEqualTo(200);
		Account onOne = account();
		TestDatabase.execute("insert into authentik_rbac_assignment (user_id, permission, object_pk) values (?, ?, ?)",
				onOne.user(), AssignedByRolesController.ASSIGN, role);
		assertThat(as(onOne.key(), "POST", BY_ROLES + role + "/assign/", body).status()).as("held on the role")
			.isEqualTo(200);
		String other = role("unguarded-" + UUID.randomUUID());
		assertThat(as(onOne.key(), "POST", BY_ROLES + other + "/assign/", body).body()).as("not held on this one")
			.isEqualTo(DENIED);
		assertThat(as(onOne.key(), "POST", BY_ROLES + UUID.randomUUID() + "/assign/", body).body())
			.isEqualTo("{\"detail\":\"No Role matches the given query.\"}");
		Response missing = post(BY_ROLES + UUID.randomUUID() + "/assign/", body);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).isEqualTo("{\"detail\":\"No Role matches the given query.\"}");
		assertThat(post(BY_ROLES + "?model=x", body).status()).isIn(404, 405);
	}

	@Test
	void theAssignedListNeedsAModelOfTheLine() {
		assertThat(send("GET", BY_ROLES, null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"model\":[\"This field is required.\"]}");
		assertThat(send("GET", BY_ROLES + "?model=nothing.model", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"model\":[\"Select a valid choice. nothing.model is not one of the available choices.\"]}");
		assertThat(send("GET", BY_ROLES + "?model=authentik_core.group", null, null, BOOTSTRAP_KEY).status())
			.isEqualTo(200);
		assertThat(send("GET", BY_ROLES + "?model=authentik_lifecycle.review", null, null, BOOTSTRAP_KEY).status())
			.as("a model of 2026 only")
			.isEqualTo(400);
	}

	/** A new account that is a member of {@code role}. */
	private Account member(String role) {
		Account member = account();
		TestDatabase.execute("insert into authentik_rbac_role_users (role_uuid, user_id) values (?::uuid, ?)", role,
				member.user());
		return member;
	}

	private static long assignments(String role) {
		return TestDatabase.count("select count(*) from authentik_rbac_assignment where role_uuid = ?::uuid", role);
	}

	private static String roleName(String role) {
		return TestDatabase.text("select name from authentik_rbac_role where uuid = ?::uuid", role);
	}

}

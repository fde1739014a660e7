package io.passwordstage.rbac;

import java.util.List;
import java.util.UUID;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v3/rbac/roles/} in the 2025.8 line: create, retrieve, update, delete and
 * used_by, audited; names as authentik validates them; the list's filter, search,
 * ordering and paging; and the role permissions, object permissions honoured.
 */
class RoleApiTest extends RbacTest {

	@Test
	void aRoleIsCreatedReadChangedAndDeleted() {
		String name = "crud-" + UUID.randomUUID();
		Response created = post(ROLES, "{\"name\": \"  " + name + " \"}");
		assertThat(created.status()).isEqualTo(201);
		String pk = created.json().get("pk").stringValue();
		assertThat(created.body()).isEqualTo("{\"pk\":\"" + pk + "\",\"name\":\"" + name + "\"}");

		assertThat(send("GET", ROLES + pk + "/", null, null, BOOTSTRAP_KEY).body()).isEqualTo(created.body());
		Response put = send("PUT", ROLES + pk + "/", "{\"name\": \"" + name + "-2\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("name").stringValue()).isEqualTo(name + "-2");
		Response untouched = send("PATCH", ROLES + pk + "/", "{}", "application/json", BOOTSTRAP_KEY);
		assertThat(untouched.json().get("name").stringValue()).isEqualTo(name + "-2");
		Response patched = send("PATCH", ROLES + pk + "/", "{\"name\": \"" + name + "-3\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(patched.json().get("name").stringValue()).isEqualTo(name + "-3");
		assertThat(send("GET", ROLES + pk + "/used_by/", null, null, BOOTSTRAP_KEY).body()).isEqualTo("[]");

		assertThat(send("DELETE", ROLES + pk + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);
		assertThat(TestDatabase.column(
				"select action from authentik_events_event where context -> 'model' ->> 'pk' = ?"
						+ " and context -> 'model' ->> 'app' = 'authentik_rbac' order by created",
				new Object[] { pk.replace("-", "") }))
			.containsExactly("model_created", "model_updated", "model_updated", "model_updated", "model_deleted");
		Response gone = send("GET", ROLES + pk + "/", null, null, BOOTSTRAP_KEY);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.body()).isEqualTo("{\"detail\":\"No Role matches the given query.\"}");
		assertThat(send("PUT", ROLES + pk + "/", "{\"name\": \"x\"}", "application/json", BOOTSTRAP_KEY).status())
			.isEqualTo(404);
		assertThat(send("GET", ROLES + "not-a-uuid/", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void namesAreCheckedAsAuthentikChecksThem() {
		String taken = "taken-" + UUID.randomUUID();
		role(taken);
		long roles = TestDatabase.count("select count(*) from authentik_rbac_role");

		assertRejected("{\"name\": \"" + taken + "\"}", "{\"name\":[\"Role with this name already exists.\"]}");
		assertRejected("{}", "{\"name\":[\"This field is required.\"]}");
		assertRejected("{\"name\": \"  \"}", "{\"name\":[\"This field may not be blank.\"]}");
		assertRejected("{\"name\": null}", "{\"name\":[\"This field may not be null.\"]}");
		assertRejected("{\"name\": {}}", "{\"name\":[\"Not a valid string.\"]}");
		assertRejected("{\"name\": \"" + "x".repeat(151) + "\"}",
				"{\"name\":[\"Ensure this field has no more than 150 characters.\"]}");
		assertRejected("{\"name\": \"a\\u0000b\"}", "{\"name\":[\"Null characters are not allowed.\"]}");
		assertRejected("[]", "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
		assertThat(TestDatabase.count("select count(*) from authentik_rbac_role")).isEqualTo(roles);

		String other = role("other-" + UUID.randomUUID());
		Response renamed = send("PATCH", ROLES + other + "/", "{\"name\": \"" + taken + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(renamed.status()).isEqualTo(400);
		assertThat(renamed.body()).isEqualTo("{\"name\":[\"Role with this name already exists.\"]}");
		assertThat(send("PUT", ROLES + other + "/", "{}", "application/json", BOOTSTRAP_KEY).body())
			.isEqualTo("{\"name\":[\"This field is required.\"]}");
	}

	@Test
	void theListFiltersSearchesOrdersAndPages() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		role("list-" + run + "-a");
		role("list-" + run + "-b");
		role("list-" + run + "-c");

		JsonNode searched = send("GET", ROLES + "?search=list-" + run + "&ordering=-name&page_size=2", null, null,
				BOOTSTRAP_KEY)
			.json();
		assertThat(searched.get("pagination").get("count").intValue()).isEqualTo(3);
		assertThat(names(searched)).containsExactly("list-" + run + "-c", "list-" + run + "-b");
		assertThat(searched.get("autocomplete").isEmpty()).isTrue();
		JsonNode exact = send("GET", ROLES + "?group__name=list-" + run + "-b", null, null, BOOTSTRAP_KEY).json();
		assertThat(names(exact)).containsExactly("list-" + run + "-b");
		assertThat(send("GET", ROLES + "?search=list-" + run + "&page=3&page_size=2", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo("{\"detail\":\"Invalid page.\"}");
	}

	@Test
	void permissionsOnRolesAreHonouredPerObject() {
		String mine = role("mine-" + UUID.randomUUID());
		String theirs = role("theirs-" + UUID.randomUUID());
		Account viewer = account();
		TestDatabase.execute("insert into authentik_rbac_assignment (user_id, permission, object_pk) values (?, ?, ?)",
				viewer.user(), RoleController.VIEW, mine);

		assertThat(as(viewer.key(), "GET", ROLES, null).status()).isEqualTo(200);
		assertThat(names(as(viewer.key(), "GET", ROLES, null).json()))
			.containsExactly(TestDatabase.text("select name from authentik_rbac_role where uuid = ?::uuid", mine));
		assertThat(as(viewer.key(), "GET", ROLES + "?search=mine-", null).status()).isEqualTo(200);
		assertThat(as(viewer.key(), "GET", ROLES + "?search=theirs-", null).body())
			.as("the search leaves none of the roles it may view")
			.isEqualTo(DENIED);
		assertThat(as(viewer.key(), "GET", ROLES + "?group__name=nothing", null).status())
			.as("a filter that leaves none is an empty page")
			.isEqualTo(200);
		assertThat(as(viewer.key(), "GET", ROLES + mine + "/", null).status()).isEqualTo(200);
		assertThat(as(viewer.key(), "GET", ROLES + theirs + "/", null).status()).isEqualTo(404);
		assertThat(as(viewer.key(), "PATCH", ROLES + mine + "/", "{\"name\": \"x\"}").body()).isEqualTo(DENIED);
		assertThat(as(viewer.key(), "DELETE", ROLES + mine + "/", null).body()).isEqualTo(DENIED);
		assertThat(as(viewer.key(), "POST", ROLES, "{\"name\": \"new\"}").body()).isEqualTo(DENIED);

		assertThat(as(account().key(), "GET", ROLES, null).body()).isEqualTo(DENIED);
		assertThat(send("GET", ROLES, null, null, null).body())
			.isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
		Account creator = account(RoleController.ADD);
		assertThat(as(creator.key(), "POST", ROLES, "{\"name\": \"made-" + UUID.randomUUID() + "\"}").status())
			.isEqualTo(201);
	}

	@Test
	void membersAreNotManagedOnRolesIn2025() {
		String pk = role("members-" + UUID.randomUUID());
		assertThat(send("POST", ROLES + pk + "/add_user/", "{\"pk\": 1}", "application/json", BOOTSTRAP_KEY).status())
			.isIn(404, 405);
	}

	private void assertRejected(String body, String expected) {
		Response response = post(ROLES, body);
		assertThat(response.status()).as(body).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
	}

	private static List<String> names(JsonNode page) {
		return page.get("results").valueStream().map(role -> role.get("name").stringValue()).toList();
	}

}

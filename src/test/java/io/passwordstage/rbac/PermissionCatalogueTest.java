package io.passwordstage.rbac;

import java.util.UUID;

import io.passwordstage.auth.ApiPermission;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v3/rbac/permissions/}: the permissions this service knows, to any
 * authenticated caller, with authentik's filters, search, ordering and paging.
 */
class PermissionCatalogueTest extends RbacTest {

	@Test
	void anyCallerReadsThePermissionsThisServiceKnows() {
		Account nobody = account();
		JsonNode all = as(nobody.key(), "GET", PERMISSIONS + "?page_size=1000", null).json();
		assertThat(all.get("pagination").get("count").intValue()).isEqualTo(ApiPermission.values().length);
		assertThat(all.get("results").get(0).get("name").stringValue()).isEqualTo("Can add Blueprint Instance");

		int id = ApiPermission.VIEW.ordinal() + 1;
		String viewStage = "{\"id\":" + id
				+ ",\"name\":\"Can view Password Stage\",\"codename\":\"view_passwordstage\","
				+ "\"model\":\"passwordstage\",\"app_label\":\"authentik_stages_password\","
				+ "\"app_label_verbose\":\"authentik Stages.Password\",\"model_verbose\":\"Password Stage\"}";
		assertThat(as(nobody.key(), "GET", PERMISSIONS + id + "/", null).body()).isEqualTo(viewStage);
		assertThat(as(nobody.key(), "GET", PERMISSIONS + "?codename=view_passwordstage", null).json()
			.get("results")
			.toString()).isEqualTo("[" + viewStage + "]");
		assertThat(as(nobody.key(), "GET", PERMISSIONS + "?content_type__model=role&search=assign", null).json()
			.get("results")
			.valueStream()
			.map(permission -> permission.get("codename").stringValue())
			.toList()).containsExactly("assign_role_permissions", "unassign_role_permissions");
		assertThat(as(nobody.key(), "GET", PERMISSIONS + "?content_type__app_label=authentik_flows&ordering=-codename",
				null)
			.json()
			.get("results")
			.get(0)
			.get("codename")
			.stringValue()).isEqualTo("view_stage");

		assertThat(as(nobody.key(), "GET", PERMISSIONS + "0/", null).status()).isEqualTo(404);
		assertThat(as(nobody.key(), "GET", PERMISSIONS + "abc/", null).status()).isEqualTo(404);
		assertThat(send("GET", PERMISSIONS, null, null, null).body())
			.isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
	}

	@Test
	void theRoleAndUserFiltersShowWhatIsHeldGlobally() {
		String role = role("catalogue-" + UUID.randomUUID());
		post(BY_ROLES + role + "/assign/", "{\"permissions\": [\"" + VIEW_STAGE + "\"]}");
		assertThat(codenames(send("GET", PERMISSIONS + "?role=" + role, null, null, BOOTSTRAP_KEY).json()))
			.containsExactly("view_passwordstage");
		Account account = account(RoleController.VIEW, RoleController.ADD);
		assertThat(codenames(send("GET", PERMISSIONS + "?user=" + account.user(), null, null, BOOTSTRAP_KEY).json()))
			.containsExactly("add_role", "view_role");

		String invalid = "{\"role\":[\"Select a valid choice. That choice is not one of the available choices.\"]}";
		assertThat(send("GET", PERMISSIONS + "?role=" + UUID.randomUUID(), null, null, BOOTSTRAP_KEY).body())
			.isEqualTo(invalid);
		assertThat(send("GET", PERMISSIONS + "?role=nope", null, null, BOOTSTRAP_KEY).body()).isEqualTo(invalid);
		assertThat(send("GET", PERMISSIONS + "?user=nope", null, null, BOOTSTRAP_KEY).body())
			.isEqualTo(invalid.replace("role", "user"));
	}

	private static java.util.List<String> codenames(JsonNode page) {
		return page.get("results").valueStream().map(permission -> permission.get("codename").stringValue()).toList();
	}

}

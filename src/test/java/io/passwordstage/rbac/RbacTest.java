package io.passwordstage.rbac;

import java.util.List;
import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the rbac tests: accounts (a service account and its token) holding given
 * permissions, roles and password stages made through the API. A change of who holds what
 * made through the API holds for this replica's very next request.
 */
abstract class RbacTest extends ApiTest {

	static final String ROLES = "/api/v3/rbac/roles/";

	static final String PERMISSIONS = "/api/v3/rbac/permissions/";

	static final String BY_ROLES = PERMISSIONS + "assigned_by_roles/";

	static final String VIEW_STAGE = "authentik_stages_password.view_passwordstage";

	static final String STAGE_MODEL = "authentik_stages_password.passwordstage";

	static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	/** A service account: its user's id and its token's key. */
	record Account(int user, String key) {
	}

	Account account(String... permissions) {
		String identifier = "rbac-" + UUID.randomUUID();
		String key = tokens.mint(identifier, "test", null, false, List.of(permissions));
		return new Account(Integer.parseInt(
				TestDatabase.text("select user_id::text from authentik_core_token where identifier = ?", identifier)),
				key);
	}

	/** A new role's uuid. */
	String role(String name) {
		Response created = post(ROLES, "{\"name\": \"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("pk").stringValue();
	}

	/** A new password stage's pk. */
	String stage(String name) {
		Response created = post(STAGES, StageBody.stage(name).json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("pk").stringValue();
	}

	Response as(String key, String method, String path, String body) {
		return send(method, path, body, body == null ? null : "application/json", key);
	}

}

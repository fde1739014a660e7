package io.passwordstage.auth;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v3/core/users/}: service accounts as authentik creates them (a user and an
 * app password the API refuses), the caller's {@code me}, the user list and its filters,
 * and deletes that never remove the caller or the last superuser.
 */
class UserApiTest extends AbstractTokenApiTest {

	@Test
	void aServiceAccountGetsAnAppPasswordAndAnApiTokenThroughTheTokenApi() {
		String name = "ci-" + identifier();
		Response created = send("POST", USERS + "service_account/", "{\"name\": \"" + name + "\"}", "application/json",
				BOOTSTRAP_KEY);

		assertThat(created.status()).as(created.body()).isEqualTo(200);
		JsonNode account = created.json();
		assertThat(account.propertyNames()).containsExactly("username", "token", "user_uid", "user_pk");
		assertThat(account.get("username").stringValue()).isEqualTo(name);
		int pk = account.get("user_pk").intValue();
		assertThat(send("GET", STAGES, null, null, account.get("token").stringValue()).body()).isEqualTo(INVALID);
		assertThat(count(
				"select count(*) from authentik_core_token where user_id = ? and intent = 'app_password'"
						+ " and identifier = ? and expires > now() + interval '359 days'",
				pk, "service-account-" + name + "-password"))
			.isOne();

		Response user = send("GET", USERS + pk + "/", null, null, BOOTSTRAP_KEY);
		assertThat(user.status()).isEqualTo(200);
		assertThat(user.json().get("type").stringValue()).isEqualTo("service_account");
		assertThat(user.json().get("path").stringValue()).isEqualTo("goauthentik.io/service-accounts");
		assertThat(user.json().get("is_superuser").booleanValue()).isFalse();
		assertThat(user.json().get("uid").stringValue()).isEqualTo(account.get("user_uid").stringValue());
		assertThat(user.json().has("roles")).isFalse();

		String token = identifier();
		assertThat(mint("{\"identifier\": \"" + token + "\", \"user\": " + pk + ", \"expiring\": false}").status())
			.isEqualTo(201);
		List<JsonNode> usedBy = send("GET", USERS + pk + "/used_by/", null, null, BOOTSTRAP_KEY).json()
			.valueStream()
			.toList();
		assertThat(usedBy).extracting(entry -> entry.get("model_name").stringValue()).containsOnly("token");
		assertThat(usedBy).hasSize(2);

		Response taken = send("POST", USERS + "service_account/", "{\"name\": \"" + name + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.body()).isEqualTo("{\"name\":[\"This field must be unique.\"]}");
	}

	@Test
	void meIsTheTokensUser() {
		Response me = send("GET", USERS + "me/", null, null, BOOTSTRAP_KEY);

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().propertyNames()).containsExactly("user");
		JsonNode user = me.json().get("user");
		assertThat(user.get("username").stringValue()).isEqualTo("akadmin");
		assertThat(user.get("is_superuser").booleanValue()).isTrue();
		assertThat(user.propertyNames()).containsExactly("pk", "username", "name", "is_active", "is_superuser",
				"groups", "email", "avatar", "uid", "settings", "type", "system_permissions");
		assertThat(send("GET", USERS + "me/", null, null, tokenWith(new String[0])).json()
			.get("user")
			.get("is_superuser")
			.booleanValue()).isFalse();
		assertThat(send("GET", USERS + "me/", null, null, null).status()).isEqualTo(403);
	}

	@Test
	void theListIsFilteredAndNeedsTheViewPermission() {
		String viewer = tokenWith(VIEW);
		String name = "list-" + identifier();
		send("POST", USERS + "service_account/", "{\"name\": \"" + name + "\"}", "application/json", BOOTSTRAP_KEY);

		Response one = send("GET", USERS + "?type=service_account&username=" + name, null, null, BOOTSTRAP_KEY);
		Response search = send("GET", USERS + "?search=" + name.substring(0, 20), null, null, BOOTSTRAP_KEY);
		Response none = send("GET", USERS + "?type=internal&username=" + name, null, null, BOOTSTRAP_KEY);

		assertThat(one.json().get("pagination").get("count").intValue()).isOne();
		assertThat(one.json().get("results").get(0).get("username").stringValue()).isEqualTo(name);
		assertThat(search.json().get("pagination").get("count").intValue()).isOne();
		assertThat(none.json().get("pagination").get("count").intValue()).isZero();
		assertThat(send("GET", USERS, null, null, viewer).body()).isEqualTo(DENIED);
		assertThat(send("GET", USERS + "?date_joined__gt=yesterday", null, null, BOOTSTRAP_KEY).status())
			.isEqualTo(400);
	}

	@Test
	void deletesNeitherTheCallerNorTheLastSuperuser() {
		int admin = (int) count("select id from authentik_core_user where username = 'akadmin'");

		Response self = send("DELETE", USERS + admin + "/", null, null, BOOTSTRAP_KEY);

		assertThat(self.status()).isEqualTo(400);
		assertThat(self.body()).contains("You cannot delete your own user.");
		String account = tokenWith(VIEW);
		int other = userOf(account);
		assertThat(send("DELETE", USERS + other + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);
		assertThat(send("GET", STAGES, null, null, account).body()).isEqualTo(INVALID);
		assertThat(count("select count(*) from authentik_core_user where id = ?", admin)).isOne();
		assertThat(send("DELETE", USERS + "nope/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(404);
		Response deactivated = send("PATCH", USERS + admin + "/", "{\"is_active\": false}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(deactivated.body()).isEqualTo("{\"is_active\":[\"You cannot deactivate your own user.\"]}");
		assertThat(count("select count(*) from authentik_core_user where id = ? and is_active", admin)).isOne();
	}

	@Test
	void usersAreCreatedAndChangedAsAuthentikDoes() {
		String name = "made-" + identifier();
		Response created = send("POST", USERS,
				"{\"username\": \"" + name + "\", \"name\": \"Made\", \"type\": \"service_account\", \"path\": "
						+ "\"goauthentik.io/service-accounts\", \"attributes\": {\"team\": \"ops\"}}",
				"application/json", BOOTSTRAP_KEY);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		int pk = created.json().get("pk").intValue();
		Response patched = send("PATCH", USERS + pk + "/", "{\"is_active\": false}", "application/json", BOOTSTRAP_KEY);
		assertThat(patched.json().get("is_active").booleanValue()).isFalse();
		assertThat(patched.json().get("attributes").get("team").stringValue()).isEqualTo("ops");
		assertThat(send("POST", USERS, "{\"username\": \"" + name + "\", \"name\": \"x\"}", "application/json",
				BOOTSTRAP_KEY)
			.body()).isEqualTo("{\"username\":[\"This field must be unique.\"]}");
		assertThat(send("PUT", USERS + pk + "/", "{\"name\": \"x\"}", "application/json", BOOTSTRAP_KEY).body())
			.isEqualTo("{\"username\":[\"This field is required.\"]}");
		assertThat(send("PATCH", USERS + pk + "/", "{\"groups\": [\"6c4b8d3e-0000-4000-8000-000000000000\"]}",
				"application/json", BOOTSTRAP_KEY)
			.status()).isEqualTo(400);
		assertThat(send("POST", USERS, "{\"username\": 5, \"name\": []}", "application/json", BOOTSTRAP_KEY).status())
			.isEqualTo(400);
	}

}

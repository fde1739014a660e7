package io.passwordstage.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.auth.ApiPermission.CHANGE;
import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v3/core/tokens/} as authentik has it: a token belongs to a user and acts
 * with its permissions, its key is set with {@code set_key} (stored as a digest, never
 * shown), callers manage their own tokens, and revoking stops a key at once.
 */
class TokenApiTest extends AbstractTokenApiTest {

	@Test
	void aTokenOfAServiceAccountActsWithItsUsersPermissions() {
		String account = tokenWith(VIEW);
		int user = userOf(account);
		String identifier = identifier();
		Response created = mint("{\"identifier\": \"" + identifier + "\", \"user\": " + user
				+ ", \"intent\": \"api\", \"expiring\": false, \"description\": \"pipeline\"}");

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(body.propertyNames()).containsExactly("pk", "managed", "identifier", "intent", "user", "user_obj",
				"description", "expires", "expiring");
		assertThat(body.get("user").intValue()).isEqualTo(user);
		assertThat(body.get("user_obj").get("pk").intValue()).isEqualTo(user);
		assertThat(body.get("user_obj").get("type").stringValue()).isEqualTo("service_account");
		assertThat(body.get("intent").stringValue()).isEqualTo("api");
		assertThat(body.get("expires").isNull()).isTrue();

		String key = "pipeline-" + UUID.randomUUID();
		assertThat(send("POST", TOKENS + identifier + "/set_key/", "{\"key\": \"" + key + "\"}", "application/json",
				BOOTSTRAP_KEY)
			.status()).isEqualTo(204);
		String pk = createStage();
		assertThat(send("GET", STAGES + pk + "/", null, null, key).status()).isEqualTo(200);
		Response patched = send("PATCH", STAGES + pk + "/", "{\"allow_show_password\": true}", "application/json", key);
		assertThat(patched.status()).isEqualTo(403);
		assertThat(patched.body()).isEqualTo(DENIED);
		assertThat(count("select count(*) from authentik_core_token where identifier = ? and key_hash = ?", identifier,
				TokenKeys.digest(key)))
			.isOne();
		assertThat(count("select count(*) from authentik_core_token where position(? in key_hash) > 0", key)).isZero();
	}

	@Test
	void keysAreNeverShownAndViewKeySaysWhy() {
		String identifier = identifier();
		mintKey(identifier, "");

		Response one = send("GET", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY);
		Response list = send("GET", TOKENS + "?page_size=100000", null, null, BOOTSTRAP_KEY);
		Response view = send("GET", TOKENS + identifier + "/view_key/", null, null, BOOTSTRAP_KEY);

		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().has("key")).isFalse();
		assertThat(list.json().propertyNames()).containsExactly("pagination", "results", "autocomplete");
		for (JsonNode token : list.json().get("results")) {
			assertThat(token.has("key")).isFalse();
		}
		assertThat(view.status()).isEqualTo(400);
		assertThat(view.json().get("detail").stringValue()).contains("digests")
			.contains("/api/v3/core/tokens/" + identifier + "/set_key/");
	}

	@Test
	void callersManageTheirOwnTokensOnly() {
		String caller = tokenWith(VIEW);
		String others = identifier();
		mintKey(others, "");
		String own = identifier();

		Response created = send("POST", TOKENS, "{\"identifier\": \"" + own + "\", \"user\": 1}", "application/json",
				caller);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("user").intValue()).isEqualTo(userOf(caller));
		String key = "own-" + UUID.randomUUID();
		assertThat(send("POST", TOKENS + own + "/set_key/", "{\"key\": \"" + key + "\"}", "application/json", caller)
			.status()).isEqualTo(204);
		assertThat(send("GET", STAGES, null, null, key).status()).isEqualTo(200);

		Response list = send("GET", TOKENS + "?page_size=1000", null, null, caller);
		assertThat(list.status()).isEqualTo(200);
		List<String> listed = list.json()
			.get("results")
			.valueStream()
			.map(t -> t.get("identifier").stringValue())
			.toList();
		assertThat(listed).contains(own).doesNotContain(others);
		assertThat(send("GET", TOKENS + others + "/", null, null, caller).status()).isEqualTo(404);
		assertThat(send("DELETE", TOKENS + others + "/", null, null, caller).status()).isEqualTo(404);
		assertThat(send("PATCH", TOKENS + own + "/", "{\"description\": \"mine\"}", "application/json", caller).json()
			.get("description")
			.stringValue()).isEqualTo("mine");
		assertThat(send("DELETE", TOKENS + own + "/", null, null, caller).status()).isEqualTo(204);
		assertThat(send("GET", STAGES, null, null, key).status()).isEqualTo(403);
	}

	@Test
	void revokedKeyStopsWorkingAtOnce() {
		String identifier = identifier();
		String key = mintKey(identifier, "");
		assertThat(send("GET", STAGES, null, null, key).status()).isEqualTo(200);

		Response revoked = send("DELETE", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY);

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(revoked.body()).isEmpty();
		Response after = send("GET", STAGES, null, null, key);
		assertThat(after.status()).isEqualTo(403);
		assertThat(after.body()).isEqualTo(INVALID);
		assertThat(send("GET", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(404);
	}

	@Test
	void anAppPasswordIsRefusedByTheApi() {
		String identifier = identifier();
		String key = mintKey(identifier, ", \"intent\": \"app_password\"");

		Response response = send("GET", STAGES, null, null, key);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(INVALID);
	}

	@Test
	void badBodiesAreRefusedAndChangeNothing() {
		String identifier = identifier();
		mintKey(identifier, "");

		assertThat(mint("{\"identifier\": \"" + identifier + "\"}").body())
			.isEqualTo("{\"identifier\":[\"Token with this identifier already exists.\"]}");
		assertThat(mint("{\"identifier\": \"x y\"}").status()).isEqualTo(400);
		assertThat(mint("{\"identifier\": \"" + identifier() + "\", \"intent\": \"recovery\"}").status())
			.isEqualTo(400);
		assertThat(mint("{\"identifier\": \"" + identifier() + "\", \"user\": 2147483647}").body())
			.isEqualTo("{\"user\":[\"Invalid pk \\\"2147483647\\\" - object does not exist.\"]}");
		assertThat(send("PATCH", TOKENS + identifier + "/", "{\"user\": 2147483640}", "application/json", BOOTSTRAP_KEY)
			.body()).isEqualTo("{\"user\":[\"User cannot be changed\"]}");
		assertThat(send("POST", TOKENS + identifier + "/set_key/", "{\"key\": \"\"}", "application/json", BOOTSTRAP_KEY)
			.status()).isEqualTo(400);
		assertThat(send("POST", TOKENS + identifier + "/set_key/", "[]", "application/json", BOOTSTRAP_KEY).status())
			.isEqualTo(400);
		assertThat(count("select count(*) from authentik_core_token where identifier = ?", identifier)).isOne();
	}

	@Test
	void anExpiredTokenDoesNotAuthenticate() {
		String key = tokens.mint(identifier(), "expired", Instant.now().minusSeconds(60), false, List.of(VIEW.value()));

		assertThat(send("GET", STAGES, null, null, key).body()).isEqualTo(INVALID);
	}

	@Test
	void changePermissionAllowsUpdatesOnly() {
		String key = tokenWith(VIEW, CHANGE);
		String pk = createStage();

		assertThat(
				send("PATCH", STAGES + pk + "/", "{\"allow_show_password\": true}", "application/json", key).status())
			.isEqualTo(200);
		assertThat(send("DELETE", STAGES + pk + "/", null, null, key).status()).isEqualTo(403);
	}

	@Test
	void anonymousListIsNotAuthenticated() {
		Response response = send("GET", TOKENS, null, null, null);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
	}

}

package io.passwordstage.auth;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;

import static io.passwordstage.support.TestDatabase.count;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the token and user API tests: unique names, tokens made through the API.
 */
abstract class AbstractTokenApiTest extends ApiTest {

	static final String TOKENS = "/api/v3/core/tokens/";

	static final String USERS = "/api/v3/core/users/";

	static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	static final String INVALID = "{\"detail\":\"Token invalid/expired\"}";

	static String identifier() {
		return "token-" + UUID.randomUUID();
	}

	Response mint(String json) {
		return send("POST", TOKENS, json, "application/json", BOOTSTRAP_KEY);
	}

	/**
	 * A token made through the API as the superuser ({@code extra}: more of its keys),
	 * given a key with {@code set_key}; returns the key.
	 */
	String mintKey(String identifier, String extra) {
		Response response = mint(
				"{\"identifier\": \"" + identifier + "\", \"description\": \"for a test\"" + extra + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String key = "key-" + UUID.randomUUID();
		Response set = send("POST", TOKENS + identifier + "/set_key/", "{\"key\": \"" + key + "\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(set.status()).as(set.body()).isEqualTo(204);
		return key;
	}

	/** The pk of the user {@link #tokenWith} made for a token with this key. */
	int userOf(String key) {
		return (int) count("select u.id from authentik_core_user u join authentik_core_token t on t.user_id = u.id"
				+ " where t.key_hash = ?", TokenKeys.digest(key));
	}

	String createStage() {
		Response response = post(STAGES, StageBody.stage(identifier()).json());
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("pk").stringValue();
	}

}

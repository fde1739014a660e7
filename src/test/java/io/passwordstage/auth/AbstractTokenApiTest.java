package io.passwordstage.auth;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the token API tests: unique identifiers and minting as the superuser. */
abstract class AbstractTokenApiTest extends ApiTest {

	static final String TOKENS = "/api/v3/core/tokens/";

	static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	static final String INVALID = "{\"detail\":\"Token invalid/expired\"}";

	static String identifier() {
		return "token-" + UUID.randomUUID();
	}

	Response mint(String json) {
		return send("POST", TOKENS, json, "application/json", BOOTSTRAP_KEY);
	}

	String mintKey(String identifier, String extra) {
		Response response = mint(
				"{\"identifier\": \"" + identifier + "\", \"description\": \"for a test\"" + extra + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("key").stringValue();
	}

	String createStage() {
		Response response = post(STAGES, StageBody.stage(identifier()).json());
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("pk").stringValue();
	}

}

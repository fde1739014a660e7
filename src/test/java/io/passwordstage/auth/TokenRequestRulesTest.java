package io.passwordstage.auth;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static io.passwordstage.auth.ApiPermission.ADD;
import static io.passwordstage.auth.ApiPermission.CHANGE;
import static io.passwordstage.auth.ApiPermission.DELETE;
import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token API rules end to end: expiry, two validation errors (the rules on their own:
 * {@link TokenRequestValidatorTest}) and superuser-only access.
 */
class TokenRequestRulesTest extends AbstractTokenApiTest {

	@Test
	void tokenExpiredAtMintingDoesNotAuthenticate() {
		String past = Instant.now().minusSeconds(3600).toString();
		String key = mintKey(identifier(),
				", \"expires\": \"" + past + "\", \"permissions\": [\"" + VIEW.value() + "\"]");

		Response response = send("GET", STAGES, null, null, key);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(INVALID);
	}

	@Test
	void duplicateIdentifierIsRejected() {
		String identifier = identifier();
		mintKey(identifier, "");

		Response response = mint("{\"identifier\": \"" + identifier + "\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"identifier\":[\"Token with this identifier already exists.\"]}");
		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier + "'")).isOne();
	}

	@Test
	void unknownPermissionIsAnIndexKeyedChoiceError() {
		String identifier = identifier();

		Response response = mint("{\"identifier\": \"" + identifier + "\", \"permissions\": [\"" + VIEW.value()
				+ "\", \"authentik_stages_password.fly_passwordstage\"]}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"permissions\":{\"1\":[\"\\\"authentik_stages_password.fly_passwordstage"
					+ "\\\" is not a valid choice.\"]}}");
		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier + "'")).isZero();
	}

	@Test
	void nonSuperuserTokenIsDenied() {
		String identifier = identifier();
		mintKey(identifier, "");
		String token = tokenWith(VIEW, CHANGE, ADD, DELETE);

		for (Response response : new Response[] { send("GET", TOKENS, null, null, token),
				send("POST", TOKENS, "{\"identifier\": \"" + identifier() + "\"}", "application/json", token),
				send("GET", TOKENS + identifier + "/", null, null, token),
				send("DELETE", TOKENS + identifier + "/", null, null, token) }) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.body()).isEqualTo(DENIED);
		}
		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier + "'")).isOne();
	}

	@Test
	void anonymousListIsNotAuthenticated() {
		Response response = send("GET", TOKENS, null, null, null);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
	}

}

package io.passwordstage.auth;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.auth.ApiPermission.CHANGE;
import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v3/core/tokens/}: a minted key is shown once, works with its permissions
 * and stops on revoke.
 */
class MintAndRevokeTokenTest extends AbstractTokenApiTest {

	@Test
	void mintedKeyIsShownOnceAndCarriesExactlyItsPermissions() {
		String identifier = identifier();
		Response response = mint("{\"identifier\": \"" + identifier + "\", \"permissions\": [\"" + VIEW.value()
				+ "\"], \"description\": \"viewer\"}");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode body = response.json();
		String key = body.get("key").stringValue();
		assertThat(key).matches("[A-Za-z0-9]{60}");
		assertThat(body.get("identifier").stringValue()).isEqualTo(identifier);
		assertThat(body.get("description").stringValue()).isEqualTo("viewer");
		assertThat(body.get("permissions").toString()).isEqualTo("[\"" + VIEW.value() + "\"]");

		String pk = createStage();
		assertThat(send("GET", STAGES + pk + "/", null, null, key).status()).isEqualTo(200);
		assertThat(send("GET", STAGES + "?search=" + pk, null, null, key).status()).isEqualTo(200);
		Response patched = send("PATCH", STAGES + pk + "/", "{\"allow_show_password\": true}", "application/json", key);
		assertThat(patched.status()).isEqualTo(403);
		assertThat(patched.body()).isEqualTo(DENIED);
		Response deleted = send("DELETE", STAGES + pk + "/", null, null, key);
		assertThat(deleted.status()).isEqualTo(403);
		assertThat(send("GET", TOKENS, null, null, key).body()).isEqualTo(DENIED);

		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier + "'")).isOne();
		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier
				+ "' and (key_hash = '" + key + "' or position('" + key + "' in key_hash) > 0)"))
			.isZero();
	}

	@Test
	void changePermissionAllowsUpdates() {
		String key = mintKey(identifier(), ", \"permissions\": [\"" + VIEW.value() + "\", \"" + CHANGE.value() + "\"]");
		String pk = createStage();

		Response patched = send("PATCH", STAGES + pk + "/", "{\"allow_show_password\": true}", "application/json", key);

		assertThat(patched.status()).isEqualTo(200);
		assertThat(send("DELETE", STAGES + pk + "/", null, null, key).status()).isEqualTo(403);
	}

	@Test
	void listAndRetrieveNeverShowTheKey() {
		String identifier = identifier();
		mintKey(identifier, "");

		Response one = send("GET", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY);
		Response list = send("GET", TOKENS + "?page_size=100000", null, null, BOOTSTRAP_KEY);

		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("identifier").stringValue()).isEqualTo(identifier);
		assertThat(one.json().has("key")).isFalse();
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().propertyNames()).containsExactly("pagination", "results", "autocomplete");
		boolean listed = false;
		for (JsonNode token : list.json().get("results")) {
			assertThat(token.has("key")).as(token.toString()).isFalse();
			listed |= token.get("identifier").stringValue().equals(identifier);
		}
		assertThat(listed).isTrue();
	}

	@Test
	void listPagesByIdentifier() {
		mintKey(identifier(), "");
		mintKey(identifier(), "");
		Response all = send("GET", TOKENS + "?page_size=100000", null, null, BOOTSTRAP_KEY);
		Response second = send("GET", TOKENS + "?page_size=1&page=2", null, null, BOOTSTRAP_KEY);

		JsonNode identifiers = all.json().get("results");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("pagination").get("current").asLong()).isEqualTo(2);
		assertThat(second.json().get("pagination").get("count").asLong()).isEqualTo(identifiers.size());
		assertThat(second.json().get("results")).hasSize(1);
		assertThat(second.json().get("results").get(0).get("identifier").stringValue())
			.isEqualTo(identifiers.get(1).get("identifier").stringValue());
	}

	@Test
	void revokedKeyStopsWorkingAtOnce() {
		String identifier = identifier();
		String key = mintKey(identifier, ", \"permissions\": [\"" + VIEW.value() + "\"]");
		assertThat(send("GET", STAGES, null, null, key).status()).isEqualTo(200);

		Response revoked = send("DELETE", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY);

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(revoked.body()).isEmpty();
		Response after = send("GET", STAGES, null, null, key);
		assertThat(after.status()).isEqualTo(403);
		assertThat(after.body()).isEqualTo(INVALID);
		assertThat(count("select count(*) from authentik_core_token where identifier = '" + identifier + "'")).isZero();
		assertThat(send("GET", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(404);
	}

	@Test
	void nonExpiringTokenHasNoExpiry() {
		String identifier = identifier();
		Response response = mint("{\"identifier\": \"" + identifier + "\", \"expiring\": false}");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("expires").isNull()).isTrue();
		assertThat(response.json().get("expiring").booleanValue()).isFalse();
		assertThat(send("GET", TOKENS + identifier + "/", null, null, BOOTSTRAP_KEY).json().get("expires").isNull())
			.isTrue();
	}

}

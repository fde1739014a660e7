package io.passwordstage.auth;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: authentik's bearer parsing; every failure is a 403 with its exact text and writes
 * nothing.
 */
class AuthenticationTest extends ApiTest {

	private static final String NO_CREDENTIALS = "{\"detail\":\"Authentication credentials were not provided.\"}";

	private static final String UNSUPPORTED = "{\"detail\":\"Unsupported authentication type\"}";

	private static final String INVALID = "{\"detail\":\"Token invalid/expired\"}";

	static Stream<Arguments> refused() {
		return Stream.of(arguments("no header", null, NO_CREDENTIALS), arguments("empty header", "", NO_CREDENTIALS),
				arguments("key without scheme", BOOTSTRAP_KEY, NO_CREDENTIALS),
				arguments("scheme alone", "Bearer", NO_CREDENTIALS),
				arguments("scheme and tab", "Bearer\t" + BOOTSTRAP_KEY, NO_CREDENTIALS),
				arguments("basic", "Basic abc", UNSUPPORTED),
				arguments("basic credentials", "Basic dXNlcjpwYXNzd29yZA==", UNSUPPORTED),
				arguments("token scheme", "Token abc", UNSUPPORTED),
				arguments("token scheme with a valid key", "Token " + BOOTSTRAP_KEY, UNSUPPORTED),
				arguments("unknown scheme", "foo bar", UNSUPPORTED),
				arguments("scheme with suffix", "Bearerx " + BOOTSTRAP_KEY, UNSUPPORTED),
				arguments("unknown key", "Bearer not-a-known-key", INVALID),
				arguments("two spaces", "Bearer  " + BOOTSTRAP_KEY, INVALID),
				arguments("extra word", "Bearer " + BOOTSTRAP_KEY + " extra", INVALID),
				arguments("key in other case", "Bearer " + BOOTSTRAP_KEY.toUpperCase(Locale.ROOT), INVALID),
				arguments("key with a suffix", "Bearer " + BOOTSTRAP_KEY + "x", INVALID),
				arguments("key prefix", "Bearer " + BOOTSTRAP_KEY.substring(0, 20), INVALID));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesWithExactDetail(String description, String authorization, String expected) {
		String name = "auth-refused-" + description;

		Response response = postWith(authorization, StageBody.stage(name).json());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(expected);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.header("WWW-Authenticate")).isNull();
		assertThat(count("select count(*) from authentik_flows_stage where name = '" + name + "'")).isZero();
	}

	static Stream<Arguments> accepted() {
		return Stream.of(arguments("lower-case scheme", "bearer "), arguments("upper-case scheme", "BEARER "),
				arguments("mixed-case scheme", "BeArEr "), arguments("surrounding whitespace", "  Bearer "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void acceptsTheSchemeInAnyCase(String description, String prefix) {
		String name = "auth-accepted-" + description;

		Response response = postWith(prefix + BOOTSTRAP_KEY, StageBody.stage(name).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(count("select count(*) from authentik_flows_stage where name = '" + name + "'")).isOne();
	}

	@Test
	void refusesAnExpiredToken() {
		String key = tokens.mint("auth-expired", "expired", Instant.now().minusSeconds(60), true, List.of());

		Response response = postWith("Bearer " + key, StageBody.stage("auth-expired-stage").json());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(INVALID);
		assertThat(count("select count(*) from authentik_flows_stage where name = 'auth-expired-stage'")).isZero();
	}

	@Test
	void refusesATokenWhoseIntentIsNotApi() throws NoSuchAlgorithmException {
		String key = "auth-app-password-key-0123456789";
		String digest = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		count("with t as (insert into authentik_core_token (token_uuid, identifier, key_hash, intent, expiring, user_id)"
				+ " select gen_random_uuid(), 'auth-app-password', '" + digest + "', 'app_password', false, id"
				+ " from authentik_core_user where username = 'akadmin' returning 1) select count(*) from t");

		Response response = postWith("Bearer " + key, StageBody.stage("auth-app-password-stage").json());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(INVALID);
		assertThat(count("select count(*) from authentik_flows_stage where name = 'auth-app-password-stage'")).isZero();
	}

	@Test
	void acceptsATokenThatExpiresLater() {
		String key = tokens.mint("auth-expires-later", "later", Instant.now().plusSeconds(3600), true, List.of());

		Response response = postWith("Bearer " + key, StageBody.stage("auth-expires-later-stage").json());

		assertThat(response.status()).isEqualTo(201);
	}

	static Stream<Arguments> authenticationComesFirst() {
		return Stream.of(arguments(null, "application/json", "{", NO_CREDENTIALS),
				arguments(null, "application/json", "{\"name\": \"\"}", NO_CREDENTIALS),
				arguments(null, "text/plain", "x", NO_CREDENTIALS),
				arguments("Basic abc", "application/json", "[]", UNSUPPORTED),
				arguments("Bearer not-a-known-key", "application/json", "{", INVALID),
				arguments("Bearer not-a-known-key", "text/plain", "x", INVALID));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("authenticationComesFirst")
	void authenticatesBeforeReadingTheBody(String authorization, String contentType, String body, String expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(STAGES))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}

		Response response = send(request.build());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(expected);
	}

	private Response postWith(String authorization, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(STAGES))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

}

package io.passwordstage.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.passwordstage.support.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.passwordstage.auth.ApiPermission.VIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWTs of an identity provider (an issuer in the test's JVM, configured through Spring
 * Boot's own {@code spring.security.oauth2.resourceserver.jwt} settings): a valid one
 * with the {@code goauthentik.io/api} scope acts as the user its
 * {@code preferred_username} names, with that user's permissions; every other JWT is the
 * same 403 as a bad static token, and static tokens keep working beside JWTs.
 */
class JwtAuthenticationTest extends AbstractTokenApiTest {

	private static final TestIssuer ISSUER = TestIssuer.start();

	private static final String AUDIENCE = "passwordstage";

	private static final String SCOPE = "openid goauthentik.io/api";

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::uri);
		registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
	}

	@AfterAll
	static void stop() {
		ISSUER.close();
	}

	/** A service account that may view password stages; its username. */
	private String viewer() {
		String key = tokenWith(VIEW);
		return (String) io.passwordstage.support.TestDatabase
			.text("select u.username from authentik_core_user u join authentik_core_token t on t.user_id = u.id"
					+ " where t.key_hash = ?", TokenKeys.digest(key));
	}

	private Response listWith(String jwt) {
		return send("GET", STAGES, null, null, jwt);
	}

	@Test
	void aValidJwtActsAsItsUser() {
		String user = viewer();
		String jwt = ISSUER.token(user, SCOPE, AUDIENCE, Map.of());

		assertThat(listWith(jwt).status()).isEqualTo(200);
		String pk = createStage();
		Response patched = send("PATCH", STAGES + pk + "/", "{\"allow_show_password\": true}", "application/json", jwt);
		assertThat(patched.status()).isEqualTo(403);
		assertThat(patched.body()).isEqualTo(DENIED);
		Response me = send("GET", USERS + "me/", null, null, jwt);
		assertThat(me.json().get("user").get("username").stringValue()).isEqualTo(user);
		Map<String, Object> scp = new java.util.HashMap<>();
		scp.put("scope", null);
		scp.put("scp", List.of("openid", "goauthentik.io/api"));
		assertThat(listWith(ISSUER.token(user, SCOPE, AUDIENCE, scp)).status()).isEqualTo(200);
	}

	@Test
	void everyOtherJwtIsRefusedLikeABadToken() {
		String user = viewer();
		Map<String, String> refused = new java.util.LinkedHashMap<>();
		refused.put("expired",
				ISSUER.token(user, SCOPE, AUDIENCE, Map.of("exp", Date.from(Instant.now().minusSeconds(300)))));
		refused.put("wrong issuer", ISSUER.token(user, SCOPE, AUDIENCE, Map.of("iss", "https://elsewhere.example")));
		refused.put("wrong audience", ISSUER.token(user, SCOPE, "someone-else", Map.of()));
		refused.put("signed by a key the issuer does not publish",
				TestIssuer.sign(TestIssuer.strangerKey(), ISSUER.claims(user, SCOPE, AUDIENCE, Map.of())));
		refused.put("alg none", new PlainJWT(ISSUER.claims(user, SCOPE, AUDIENCE, Map.of())).serialize());
		refused.put("HMAC with the public key", hmacWithPublicKey(ISSUER.claims(user, SCOPE, AUDIENCE, Map.of())));
		refused.put("without the scope", ISSUER.token(user, "openid profile", AUDIENCE, Map.of()));
		refused.put("an unknown user", ISSUER.token("nobody-" + identifier(), SCOPE, AUDIENCE, Map.of()));
		refused.put("no username", ISSUER.token(user, SCOPE, AUDIENCE, Map.of("preferred_username", "")));
		refused.put("garbage", "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJl");
		refused.put("tampered", tampered(ISSUER.token(user, SCOPE, AUDIENCE, Map.of())));

		refused.forEach((why, jwt) -> {
			Response response = listWith(jwt);
			assertThat(response.status()).as(why).isEqualTo(403);
			assertThat(response.body()).as(why).isEqualTo(INVALID);
		});
	}

	@Test
	void aDeletedUsersJwtIsRefused() {
		String key = tokenWith(VIEW);
		String user = io.passwordstage.support.TestDatabase
			.text("select u.username from authentik_core_user u join authentik_core_token t on t.user_id = u.id"
					+ " where t.key_hash = ?", TokenKeys.digest(key));
		String jwt = ISSUER.token(user, SCOPE, AUDIENCE, Map.of());
		assertThat(listWith(jwt).status()).isEqualTo(200);

		assertThat(send("DELETE", USERS + userOf(key) + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);

		assertThat(listWith(jwt).body()).isEqualTo(INVALID);
	}

	@Test
	void aNewSigningKeyIsFollowedWithoutARestart() {
		String user = viewer();
		assertThat(listWith(ISSUER.token(user, SCOPE, AUDIENCE, Map.of())).status()).isEqualTo(200);

		ISSUER.rotate();

		assertThat(listWith(ISSUER.token(user, SCOPE, AUDIENCE, Map.of())).status()).isEqualTo(200);
	}

	@Test
	void staticTokensKeepWorkingBesideJwts() {
		assertThat(listWith(tokenWith(VIEW)).status()).isEqualTo(200);
		assertThat(listWith("not.a.jwt").body()).isEqualTo(INVALID);
	}

	private static String hmacWithPublicKey(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			jwt.sign(new MACSigner(ISSUER.key().toPublicJWK().toRSAPublicKey().getEncoded()));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JWT with one claim changed and the old signature kept. */
	private static String tampered(String jwt) {
		String[] parts = jwt.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"openid",
				"\"admin openid");
		return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
				+ parts[2];
	}

}

package io.passwordstage.auth;

import java.util.Map;

import io.passwordstage.support.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static io.passwordstage.auth.ApiPermission.VIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issuer that does not answer (here: nothing listens on its port) stops nothing: the
 * service starts and is ready, static tokens work, and JWTs are refused like bad tokens
 * until the issuer answers.
 */
@TestPropertySource(properties = "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/issuer")
class JwtIssuerDownTest extends AbstractTokenApiTest {

	@Test
	void staticTokensWorkAndJwtsAreRefused() {
		try (TestIssuer elsewhere = TestIssuer.start()) {
			String jwt = elsewhere.token("akadmin", "goauthentik.io/api", "any", Map.of());

			assertThat(send("GET", "/actuator/health/readiness", null, null, null).status()).isEqualTo(200);
			assertThat(send("GET", STAGES, null, null, tokenWith(VIEW)).status()).isEqualTo(200);
			Response refused = send("GET", STAGES, null, null, jwt);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).isEqualTo(INVALID);
		}
	}

}

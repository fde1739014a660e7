package io.passwordstage.auth;

import java.net.URI;
import java.net.http.HttpRequest;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser pages of the listed origins may call the API (Spring's CORS, before the bearer
 * token): pre-flights are answered without a token, and other origins get no CORS headers
 * and a JSON 403.
 */
@TestPropertySource(properties = "authentik.cors.allowed-origins=https://admin.example.com")
class CorsTest extends ApiTest {

	private static final String ADMIN = "https://admin.example.com";

	private Response from(String origin, String method, boolean preflight) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + STAGES))
			.header("Origin", origin);
		if (preflight) {
			request.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Access-Control-Request-Method", method)
				.header("Access-Control-Request-Headers", "authorization,content-type");
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody())
				.header("Authorization", "Bearer " + BOOTSTRAP_KEY);
		}
		return send(request.build());
	}

	@Test
	void aListedOriginIsAllowedAndItsPreflightNeedsNoToken() {
		Response preflight = from(ADMIN, "PATCH", true);
		Response list = from(ADMIN, "GET", false);

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
		assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
	}

	@Test
	void anotherOriginGetsNoCorsHeaders() {
		for (Response response : new Response[] { from("https://evil.example", "GET", true),
				from("https://evil.example", "GET", false) }) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid CORS request\"}");
			assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		}
	}

}

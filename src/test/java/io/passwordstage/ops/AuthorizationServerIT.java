package io.passwordstage.ops;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import authorizationserver.AuthorizationServer;
import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service against a real authorization server (Spring Authorization Server,
 * {@link AuthorizationServer}) found through its issuer URL alone: client-credentials
 * tokens with {@code goauthentik.io/api} act as the user they name; a token without that
 * scope, or expired (beyond the service's 60 s of clock skew), is the bad token's 403;
 * after the server rotates its signing key, its new tokens are accepted without a
 * restart.
 */
class AuthorizationServerIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STAGES = "/api/v3/stages/password/";

	private static final String REFUSED = "{\"detail\":\"Token invalid/expired\"}";

	private static final String USERNAME = "pipeline";

	private static AuthorizationServer server;

	private static PackagedService service;

	@BeforeAll
	static void start() throws Exception {
		server = AuthorizationServer.start(USERNAME);
		String database = TestDatabase.createFreshDatabase();
		service = PackagedService.start(database,
				Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", server.issuer(),
						"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES",
						AuthorizationServer.CLIENT + "," + AuthorizationServer.EXPIRED_CLIENT))
			.awaitReady();
		HttpResponse<String> account = service.send("POST", "/api/v3/core/users/service_account/",
				"{\"name\": \"" + USERNAME + "\"}");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
		try (Connection connection = TestDatabase.connect(database);
				PreparedStatement grant = connection.prepareStatement("insert into"
						+ " passwordstage.authentik_rbac_assignment (user_id, permission) values (?, ?)")) {
			grant.setInt(1, JSON.readTree(account.body()).get("user_pk").asInt());
			grant.setString(2, "authentik_stages_password.view_passwordstage");
			grant.executeUpdate();
		}
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (service != null) {
			service.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aTokenWithTheApiScopeActsAsTheUserItNames() throws Exception {
		HttpResponse<String> response = get(server.token(AuthorizationServer.CLIENT, "goauthentik.io/api other"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).has("results")).isTrue();
	}

	@Test
	void aTokenWithoutTheApiScopeIsRefused() throws Exception {
		HttpResponse<String> response = get(server.token(AuthorizationServer.CLIENT, "other"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(REFUSED);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = server.token(AuthorizationServer.EXPIRED_CLIENT, "goauthentik.io/api");
		assertThat(Instant.ofEpochSecond(claimsOf(token).get("exp").asLong()))
			.isBefore(Instant.now().minus(Duration.ofSeconds(60)));

		HttpResponse<String> response = get(token);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(REFUSED);
	}

	@Test
	void aTokenSignedWithANewKeyIsAcceptedWithoutARestart() throws Exception {
		String before = server.token(AuthorizationServer.CLIENT, "goauthentik.io/api");
		assertThat(get(before).statusCode()).isEqualTo(200);

		String key = server.keys().rotate();
		String after = server.token(AuthorizationServer.CLIENT, "goauthentik.io/api");

		assertThat(keyIdOf(after)).isEqualTo(key).isNotEqualTo(keyIdOf(before));
		assertThat(get(after).statusCode()).isEqualTo(200);
		assertThat(get(before).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> get(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + STAGES))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		return PackagedService.client().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String keyIdOf(String token) {
		return part(token, 0).get("kid").asString();
	}

	private static JsonNode claimsOf(String token) {
		return part(token, 1);
	}

	private static JsonNode part(String token, int index) {
		return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
	}

}

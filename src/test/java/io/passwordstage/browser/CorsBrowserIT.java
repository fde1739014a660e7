package io.passwordstage.browser;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.passwordstage.support.NodeTool;
import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TestDatabase;
import io.passwordstage.support.TestIssuer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single-page admin app on another origin, in headless Chromium, calls the packaged
 * service with a person's access token (a JWT of an issuer in the test's JVM): from the
 * origin listed in {@code AUTHENTIK_CORS_ALLOWED_ORIGINS} it lists the stages, and the
 * same page from an origin not listed is blocked by the browser.
 */
class CorsBrowserIT {

	private static final Path BROWSER_DIR = Path.of("src/test/browser");

	@Test
	void aListedOriginListsStagesWithAJwtAndAnotherIsBlocked() throws Exception {
		int listed = freePort();
		int other = freePort();
		String database = TestDatabase.createFreshDatabase();
		try (TestIssuer issuer = TestIssuer.start();
				PackagedService service = PackagedService
					.start(database, Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer.uri(),
							"AUTHENTIK_CORS_ALLOWED_ORIGINS", "http://127.0.0.1:" + listed))
					.awaitReady()) {
			HttpResponse<String> account = service.send("POST", "/api/v3/core/users/service_account/",
					"{\"name\": \"admin-app-user\"}");
			assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
			int user = JsonMapper.builder().build().readTree(account.body()).get("user_pk").asInt();
			HttpResponse<String> granted = service.send("POST",
					"/api/v3/rbac/permissions/assigned_by_users/" + user + "/assign/",
					"{\"permissions\": [\"authentik_stages_password.view_passwordstage\"]}");
			assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
			assertThat(service
				.send("POST", "/api/v3/stages/password/",
						"{\"name\": \"cors-stage\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"]}")
				.statusCode()).isEqualTo(201);

			NodeTool.install(BROWSER_DIR, "playwright-core");
			int exit = NodeTool.run(BROWSER_DIR, List.of("node", "cors.mjs"),
					Map.of("BASE_URL", service.baseUrl(), "JWT",
							issuer.token("admin-app-user", "openid goauthentik.io/api", "admin-app", Map.of()),
							"LISTED_PORT", String.valueOf(listed), "OTHER_PORT", String.valueOf(other), "CHROMIUM",
							System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));
			assertThat(exit).as("cors.mjs (output above)").isZero();
		}
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package io.passwordstage.ops;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap token exists before the port opens: on a fresh database, the very first
 * request the packaged service answers, made with {@code AUTHENTIK_BOOTSTRAP_TOKEN}, is
 * authenticated (never "Token invalid/expired" while the service finishes starting).
 */
class BootstrapBeforePortIT {

	@Test
	void theFirstAnsweredRequestIsAuthenticated() throws Exception {
		try (PackagedService service = PackagedService.start(TestDatabase.createFreshDatabase(), Map.of())) {
			HttpResponse<String> first = null;
			long deadline = System.nanoTime() + 150_000_000_000L;
			while (first == null && System.nanoTime() < deadline && service.isAlive()) {
				try {
					first = service.send("GET", "/api/v3/core/users/me/", null);
				}
				catch (IOException notListeningYet) {
					Thread.onSpinWait();
				}
			}
			assertThat(first).as("an answer before the deadline; see " + service.log()).isNotNull();
			assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
			assertThat(first.body()).contains("\"is_superuser\":true");
		}
	}

}

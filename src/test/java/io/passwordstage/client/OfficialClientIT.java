package io.passwordstage.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.passwordstage.support.FreshPackagedService;
import io.passwordstage.support.NodeTool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged service (the jar of this build) on a fresh PostgreSQL database and
 * runs the tests in {@code src/test/client}, which drive it with authentik's official
 * TypeScript client.
 */
class OfficialClientIT extends FreshPackagedService {

	private static final Path CLIENT_DIR = Path.of("src/test/client");

	@Test
	void officialClientDrivesEveryOperation() throws Exception {
		NodeTool.install(CLIENT_DIR, "@goauthentik/api");
		int exit = NodeTool.run(CLIENT_DIR, List.of("node", "--test"),
				Map.of("BASE_URL", service.baseUrl() + "/api/v3", "TOKEN", service.key()));
		assertThat(exit).as("node --test in src/test/client (output above)").isZero();
	}

}

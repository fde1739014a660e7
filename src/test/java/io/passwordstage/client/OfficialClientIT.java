package io.passwordstage.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged service (the jar of this build) on a fresh PostgreSQL database and runs the
 * tests in {@code src/test/client}, which drive it with authentik's official TypeScript client.
 */
class OfficialClientIT {

	private static final Path CLIENT_DIR = Path.of("src/test/client");

	private static PackagedService service;

	@BeforeAll
	static void startPackagedService() throws Exception {
		service = PackagedService.start(TestDatabase.url(), Map.of()).awaitReady();
	}

	@AfterAll
	static void stopService() throws InterruptedException {
		if (service != null) {
			service.stop();
		}
	}

	@Test
	void officialClientDrivesEveryOperation() throws Exception {
		if (!Files.isDirectory(CLIENT_DIR.resolve("node_modules/@goauthentik/api"))) {
			assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of())).isZero();
		}
		int exit = run(List.of("node", "--test"),
				Map.of("BASE_URL", service.baseUrl() + "/api/v3", "TOKEN", service.key()));
		assertThat(exit).as("node --test in src/test/client (output above)").isZero();
	}

	private static int run(List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		Path output = Path.of("target", "official-client-" + command.get(0) + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT_DIR.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toAbsolutePath().toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		System.out.println(Files.readString(output));
		if (!finished) {
			process.destroyForcibly();
			throw new IllegalStateException(command + " did not finish in 5 minutes");
		}
		return process.exitValue();
	}

}

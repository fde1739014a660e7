package io.passwordstage.client;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

	private static final String KEY = "client-" + UUID.randomUUID().toString().replace("-", "");

	private static Process service;

	private static int port;

	@BeforeAll
	static void startPackagedService() throws Exception {
		port = freePort();
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter(path -> path.getFileName().toString().matches("password-stage-service-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("package the service first: ./mvnw verify"));
		}
		ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(new File("target/official-client-service.log"));
		builder.environment()
			.putAll(Map.of("SERVER_PORT", String.valueOf(port), "SPRING_DATASOURCE_URL", TestDatabase.url(),
					"SPRING_DATASOURCE_USERNAME", TestDatabase.user(), "SPRING_DATASOURCE_PASSWORD",
					TestDatabase.password(), "AUTHENTIK_BOOTSTRAP_TOKEN", KEY));
		service = builder.start();
		awaitReady();
	}

	@AfterAll
	static void stopService() throws InterruptedException {
		if (service != null) {
			service.destroy();
			service.waitFor(20, TimeUnit.SECONDS);
		}
	}

	@Test
	void officialClientDrivesEveryOperation() throws Exception {
		if (!Files.isDirectory(CLIENT_DIR.resolve("node_modules/@goauthentik/api"))) {
			assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of())).isZero();
		}
		int exit = run(List.of("node", "--test"),
				Map.of("BASE_URL", "http://localhost:" + port + "/api/v3", "TOKEN", KEY));
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

	private static void awaitReady() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("the service exited; see target/official-client-service.log");
			}
			try {
				if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the service was not ready in 90 s; see target/official-client-service.log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}

package io.passwordstage.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (the jar of this build) running as a separate process on a given
 * database.
 */
public final class PackagedService implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Set<Integer> PORTS_HANDED_OUT = new HashSet<>();

	private static Path jarCopy;

	private final Process process;

	private final int port;

	private final String key;

	private final Path log;

	private PackagedService(Process process, int port, String key, Path log) {
		this.process = process;
		this.port = port;
		this.key = key;
		this.log = log;
	}

	/**
	 * Starts the jar on a free port; {@code extraEnv} adds to or overrides the
	 * environment (a random {@code AUTHENTIK_BOOTSTRAP_TOKEN} unless given). Returns at
	 * once: call {@link #awaitReady()}.
	 */
	public static PackagedService start(String databaseUrl, Map<String, String> extraEnv) throws IOException {
		int port = freePort();
		Map<String, String> environment = new HashMap<>(Map.of("SERVER_PORT", String.valueOf(port),
				"SPRING_DATASOURCE_URL", databaseUrl, "SPRING_DATASOURCE_USERNAME", TestDatabase.user(),
				"SPRING_DATASOURCE_PASSWORD", TestDatabase.password(), "AUTHENTIK_BOOTSTRAP_TOKEN",
				"packaged-" + UUID.randomUUID().toString().replace("-", "")));
		environment.putAll(extraEnv);
		Path log = Path.of("target", "packaged-service-" + port + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(javaBinary()));
		command.addAll(jvmOptions());
		command.addAll(List.of("-jar", jar().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new PackagedService(process, port, environment.get("AUTHENTIK_BOOTSTRAP_TOKEN"), log);
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers 200; fails if the process
	 * exits first.
	 */
	public PackagedService awaitReady() throws IOException, InterruptedException {
		HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service exited (" + process.exitValue() + "); see " + log);
			}
			try {
				if (CLIENT.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the service was not ready in " + START_TIMEOUT.toSeconds() + " s; see " + log);
	}

	public int port() {
		return port;
	}

	/** The bootstrap superuser token key this instance was started with. */
	public String key() {
		return key;
	}

	/** {@code http://localhost:<port>}, without a trailing slash. */
	public String baseUrl() {
		return "http://localhost:" + port;
	}

	public Path log() {
		return log;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * A request to {@code path} carrying the bootstrap token, with a JSON body unless
	 * {@code json} is null.
	 */
	public HttpRequest request(String method, String path, String json) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
	}

	public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		return CLIENT.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
	}

	public static HttpClient client() {
		return CLIENT;
	}

	/**
	 * SIGKILL, then waits for the exit: the process gets no chance to finish anything.
	 */
	public void kill9() {
		try {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGTERM and wait for the exit (a minute at most); returns the exit code. */
	public int stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the service did not exit within 60 s of SIGTERM; see " + log);
		}
		return process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	/**
	 * A copy of the build's jar under a name of its own, so that whoever stops a
	 * developer's {@code password-stage-service} processes by name (pkill -f) leaves the
	 * test instances alone.
	 */
	private static synchronized Path jar() throws IOException {
		if (jarCopy == null) {
			Path jar;
			try (var files = Files.list(Path.of("target"))) {
				jar = files.filter(path -> path.getFileName().toString().matches("password-stage-service-.*\\.jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("package the service first: ./mvnw verify"));
			}
			Path copy = Path.of("target", "packaged-it", "service-under-test.jar").toAbsolutePath();
			Files.createDirectories(copy.getParent());
			Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
			jarCopy = copy;
		}
		return jarCopy;
	}

	/**
	 * The options the service is deployed with ({@code deploy/jvm.options}), less the
	 * class cache, which is trained only for the image; and the JIT's quick tier alone,
	 * since an instance under test lives seconds, not hours.
	 */
	private static List<String> jvmOptions() throws IOException {
		List<String> options = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("deploy", "jvm.options"))) {
			String option = line.strip();
			if (!option.isEmpty() && !option.startsWith("#") && !option.startsWith("-XX:AOTCache=")) {
				options.add(option);
			}
		}
		options.add("-XX:TieredStopAtLevel=1");
		return options;
	}

	private static synchronized int freePort() throws IOException {
		while (true) {
			try (ServerSocket socket = new ServerSocket(0)) {
				if (PORTS_HANDED_OUT.add(socket.getLocalPort())) {
					return socket.getLocalPort();
				}
			}
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}

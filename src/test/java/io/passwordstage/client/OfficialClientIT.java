package io.passwordstage.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.support.NodeTool;
import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged service (the jar of this build) once per schema line, each time on
 * a fresh PostgreSQL database, and runs the tests in {@code src/test/client} that drive
 * it with the matching generation of authentik's official TypeScript client: the files in
 * {@code 2025/} with {@code @goauthentik/api} 2025.10 against the default line (2025.8),
 * the files in {@code 2026/} with {@code @goauthentik/api} 2026.x against
 * {@code AUTHENTIK_API_SCHEMA=2026.2}.
 */
class OfficialClientIT {

	private static final Path CLIENT_DIR = Path.of("src/test/client");

	@BeforeAll
	static void installClients() throws Exception {
		NodeTool.install(CLIENT_DIR, "@goauthentik/api-2025", "@goauthentik/api-2026");
	}

	@Test
	void client2025DrivesTheDefaultLine() throws Exception {
		assertThat(runClientTests("2025", Map.of())).as("node --test 2025/ in src/test/client (output above)").isZero();
	}

	@Test
	void client2026DrivesThe2026Line() throws Exception {
		assertThat(runClientTests("2026", Map.of("AUTHENTIK_API_SCHEMA", "2026.2")))
			.as("node --test 2026/ in src/test/client (output above)")
			.isZero();
	}

	/**
	 * Runs {@code node --test} on the test files of {@code generation} against a service
	 * started with {@code environment}; returns node's exit code.
	 */
	private static int runClientTests(String generation, Map<String, String> environment) throws Exception {
		try (PackagedService service = PackagedService.start(TestDatabase.createFreshDatabase(), environment)
			.awaitReady()) {
			List<String> command = new ArrayList<>(List.of("node", "--test"));
			command.addAll(testFiles(generation));
			return NodeTool.run(CLIENT_DIR, command,
					Map.of("BASE_URL", service.baseUrl() + "/api/v3", "TOKEN", service.key()));
		}
	}

	/**
	 * The generation's {@code *.test.mjs} files, relative to the client folder, named
	 * explicitly so that node runs exactly these.
	 */
	private static List<String> testFiles(String generation) throws IOException {
		try (var files = Files.list(CLIENT_DIR.resolve(generation))) {
			List<String> tests = files.map(Path::getFileName)
				.map(Path::toString)
				.filter(name -> name.endsWith(".test.mjs"))
				.sorted()
				.map(name -> generation + "/" + name)
				.toList();
			assertThat(tests).as("test files in %s", CLIENT_DIR.resolve(generation)).isNotEmpty();
			return tests;
		}
	}

}

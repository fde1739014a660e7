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
 * it with the matching generation of authentik's official TypeScript client: the folder
 * named after the line holds its test files ({@code 2025.8/} with
 * {@code @goauthentik/api} 2025.10.4 against the default line, {@code 2026.2/} with
 * 2026.2.0, {@code 2026.8/} with 2026.8.3, which also imports blueprints by path from a
 * blueprints directory made for the run).
 */
class OfficialClientIT {

	private static final Path CLIENT_DIR = Path.of("src/test/client");

	@BeforeAll
	static void installClients() throws Exception {
		NodeTool.install(CLIENT_DIR, "@goauthentik/api-2025", "@goauthentik/api-2026.2", "@goauthentik/api-2026.8");
	}

	@Test
	void client2025DrivesThe2025Line() throws Exception {
		assertThat(runClientTests("2025.8")).as("node --test 2025.8/ in src/test/client (output above)").isZero();
	}

	@Test
	void client2026_2DrivesThe2026_2Line() throws Exception {
		assertThat(runClientTests("2026.2")).as("node --test 2026.2/ in src/test/client (output above)").isZero();
	}

	@Test
	void client2026_8DrivesThe2026_8Line() throws Exception {
		assertThat(runClientTests("2026.8")).as("node --test 2026.8/ in src/test/client (output above)").isZero();
	}

	/**
	 * Runs {@code node --test} on the test files of {@code line} against a service
	 * started in that line, with a fresh blueprints directory; returns node's exit code.
	 */
	private static int runClientTests(String line) throws Exception {
		Path blueprints = Files.createTempDirectory("blueprints-" + line);
		Map<String, String> environment = Map.of("AUTHENTIK_API_SCHEMA", line, "AUTHENTIK_BLUEPRINTS_DIR",
				blueprints.toString());
		try (PackagedService service = PackagedService.start(TestDatabase.createFreshDatabase(), environment)
			.awaitReady()) {
			List<String> command = new ArrayList<>(List.of("node", "--test"));
			command.addAll(testFiles(line));
			return NodeTool.run(CLIENT_DIR, command, Map.of("BASE_URL", service.baseUrl() + "/api/v3", "TOKEN",
					service.key(), "BLUEPRINTS_DIR", blueprints.toString()));
		}
	}

	/**
	 * The line's {@code *.test.mjs} files, relative to the client folder, named
	 * explicitly so that node runs exactly these.
	 */
	private static List<String> testFiles(String line) throws IOException {
		try (var files = Files.list(CLIENT_DIR.resolve(line))) {
			List<String> tests = files.map(Path::getFileName)
				.map(Path::toString)
				.filter(name -> name.endsWith(".test.mjs"))
				.sorted()
				.map(name -> line + "/" + name)
				.toList();
			assertThat(tests).as("test files in %s", CLIENT_DIR.resolve(line)).isNotEmpty();
			return tests;
		}
	}

}

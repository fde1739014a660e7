package io.passwordstage.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.passwordstage.support.FreshPackagedService;
import io.passwordstage.support.NodeTool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI, served by the packaged service, in headless Chromium: authorise with a
 * bearer token, "Try it out" on the create operation with the README's example body, and
 * see the 201. Leaves a screenshot at {@code target/swagger-ui-create.png}. Needs
 * Debian's {@code chromium} (or {@code CHROMIUM} pointing at a Chromium binary).
 */
class SwaggerUiBrowserIT extends FreshPackagedService {

	private static final Path BROWSER_DIR = Path.of("src/test/browser");

	private static final Path SCREENSHOT = Path.of("target", "swagger-ui-create.png").toAbsolutePath();

	@Test
	void tryItOutCreatesAStage() throws Exception {
		NodeTool.install(BROWSER_DIR, "playwright-core");
		Files.deleteIfExists(SCREENSHOT);
		int exit = NodeTool.run(BROWSER_DIR, List.of("node", "swagger-ui.mjs"),
				Map.of("BASE_URL", service.baseUrl(), "TOKEN", service.key(), "SCREENSHOT", SCREENSHOT.toString(),
						"CHROMIUM", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));
		assertThat(exit).as("swagger-ui.mjs (output above)").isZero();
		assertThat(SCREENSHOT).exists();
	}

}

package io.passwordstage.config;

import java.util.Set;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code AUTHENTIK_API_SCHEMA=2026.2}, the document matches authentik 2026.2's
 * schema for every path it serves (the extract in {@code src/test/resources/openapi}),
 * with the same additions and left-out routes as the 2025.8 line.
 */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class OpenApiSchema2026Test extends ApiTest {

	@Test
	@SuppressWarnings("unchecked")
	void matchesAuthentiksSchemaForItsPaths() {
		Response response = send("GET", "/api/v3/schema/", null, null, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(OpenApiSchemaTest.differences(JSON.readValue(response.body(), java.util.Map.class),
				OpenApiSchemaTest.withAccess(OpenApiSchemaTest.extract("/openapi/authentik-2026.2.yaml"), "2026.2"),
				Set.of()))
			.isEmpty();
	}

}

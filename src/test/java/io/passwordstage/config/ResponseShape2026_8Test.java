package io.passwordstage.config;

import java.util.Map;

import org.springframework.test.context.TestPropertySource;

/** {@link ResponseShapeTest} in the 2026.8 line, against authentik 2026.8's schema. */
@TestPropertySource(properties = "authentik.api-schema=2026.8")
class ResponseShape2026_8Test extends ResponseShapeTest {

	@Override
	Map<String, Object> authentikSchema() {
		return OpenApiSchemaTest.extract("/openapi/authentik-2026.8.yaml");
	}

}

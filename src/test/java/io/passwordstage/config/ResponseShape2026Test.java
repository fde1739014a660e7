package io.passwordstage.config;

import java.util.Map;

import org.springframework.test.context.TestPropertySource;

/** {@link ResponseShapeTest} in the 2026.2 line, against authentik 2026.2's schema. */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class ResponseShape2026Test extends ResponseShapeTest {

	@Override
	Map<String, Object> authentikSchema() {
		return OpenApiSchemaTest.withAccess(OpenApiSchemaTest.extract("/openapi/authentik-2026.2.yaml"), "2026.2");
	}

}

package io.passwordstage.config;

import java.util.Map;

import io.passwordstage.support.Line2026_8;

/** {@link ResponseShapeTest} in the 2026.8 line, against authentik 2026.8's schema. */
@Line2026_8
class ResponseShape2026_8Test extends ResponseShapeTest {

	@Override
	Map<String, Object> authentikSchema() {
		return OpenApiSchemaTest.withAccess(OpenApiSchemaTest.extract("/openapi/authentik-2026.8.yaml"), "2026.8");
	}

}

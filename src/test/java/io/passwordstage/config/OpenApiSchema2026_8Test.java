package io.passwordstage.config;

import java.util.Map;
import java.util.Set;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.Line2026_8;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code AUTHENTIK_API_SCHEMA=2026.8}, the document matches authentik 2026.8's
 * schema for every path it serves (the extract in {@code src/test/resources/openapi},
 * from {@code @goauthentik/api} 2026.8.3), its shared parameters, responses and security
 * schemes included, with the same additions and left-out routes as the other lines:
 * {@code /managed/blueprints/import/} is there and {@code /flows/instances/import/} is
 * not.
 */
@Line2026_8
class OpenApiSchema2026_8Test extends ApiTest {

	@Test
	@SuppressWarnings("unchecked")
	void matchesAuthentiksSchemaForItsPaths() {
		Response response = send("GET", "/api/v3/schema/", null, null, null);
		assertThat(response.status()).isEqualTo(200);
		Map<String, Object> ours = JSON.readValue(response.body(), Map.class);
		assertThat(OpenApiSchemaTest.paths(ours)).containsKey("/managed/blueprints/import/")
			.doesNotContainKeys("/flows/instances/import/", "/flows/instances/{slug}/set_background_url/");
		assertThat(OpenApiSchemaTest.differences(ours,
				OpenApiSchemaTest.withAccess(OpenApiSchemaTest.extract("/openapi/authentik-2026.8.yaml"), "2026.8"),
				Set.of()))
			.isEmpty();
	}

}

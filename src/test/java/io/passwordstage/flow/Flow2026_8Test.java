package io.passwordstage.flow;

import java.util.List;
import java.util.Map;

import io.passwordstage.support.Line2026_8;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 2026.8 line, {@code require_token} is one of a flow's {@code authentication}
 * choices: stored, returned, offered by the document's enum (the service runs no flows,
 * so it has no further effect); the 2026.2 line's shapes and rules hold otherwise.
 */
@Line2026_8
class Flow2026_8Test extends FlowTest {

	@Test
	@SuppressWarnings("unchecked")
	void requireTokenIsStoredReturnedAndDocumented() {
		String slug = unique("token");

		Response created = postRequireToken(slug);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("authentication").asString()).isEqualTo("require_token");
		assertThat(write("GET", FLOWS + slug + "/", null).json().get("authentication").asString())
			.isEqualTo("require_token");
		assertThat(write("PATCH", FLOWS + slug + "/", "{\"authentication\": \"none\"}").json()
			.get("authentication")
			.asString()).isEqualTo("none");
		Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) JSON
			.readValue(write("GET", "/api/v3/schema/", null).body(), Map.class)
			.get("components")).get("schemas");
		assertThat((List<String>) ((Map<String, Object>) schemas.get("AuthenticationEnum")).get("enum"))
			.contains("require_token");
	}

	@Test
	void flowsHaveTheKeysOf2026AndNoSetBackgroundUrl() {
		String slug = unique("keys");
		createFlow(slug);

		assertThat(List.copyOf(write("GET", FLOWS + slug + "/", null).json().propertyNames()))
			.contains("background_url", "background_themed_urls");
		assertThat(write("POST", FLOWS + slug + "/set_background_url/", "{\"url\": \"https://x\"}").status())
			.isEqualTo(404);
	}

}

package io.passwordstage.flow;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** In the 2026.2 line, flows carry that line's keys and follow its rules. */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class Flow2026Test extends FlowTest {

	@Test
	void flowsHaveTheBackgroundKeysOf2026() {
		String slug = unique("bg");

		JsonNode flow = post(FLOWS, "{\"name\": \"n\", \"slug\": \"" + slug
				+ "\", \"title\": \"t\", \"designation\": \"authentication\", \"background\": \"https://example.com/%(theme)s.png\"}")
			.json();

		assertThat(List.copyOf(flow.propertyNames())).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug",
				"title", "designation", "background", "background_url", "background_themed_urls", "stages", "policies",
				"cache_count", "policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action",
				"authentication");
		assertThat(flow.get("background").stringValue()).isEqualTo("https://example.com/%(theme)s.png");
		assertThat(flow.get("background_themed_urls").toString())
			.isEqualTo("{\"light\":\"https://example.com/light.png\",\"dark\":\"https://example.com/dark.png\"}");
		JsonNode cleared = write("PATCH", FLOWS + slug + "/", "{\"background\": \"\"}").json();
		assertThat(cleared.get("background").stringValue()).isEmpty();
		assertThat(cleared.get("background_url").stringValue())
			.isEqualTo("/static/dist/assets/images/flow_background.jpg");
		assertThat(cleared.get("background_themed_urls").isNull()).isTrue();
	}

	@Test
	void setBackgroundUrlIsGoneIn2026() {
		String slug = unique("nobgurl");
		createFlow(slug);

		Response response = write("POST", FLOWS + slug + "/set_background_url/", "{\"url\": \"https://x\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void flowSetsOfStagesCarryBackgroundUrl() {
		JsonNode stage = createStageInFlow(unique("stage26"), unique("set26"));

		JsonNode item = stage.get("flow_set").get(0);

		assertThat(item.has("background")).isFalse();
		assertThat(item.get("background_url").stringValue())
			.isEqualTo("/static/dist/assets/images/flow_background.jpg");
		assertThat(List.copyOf(item.propertyNames())).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug",
				"title", "designation", "background_url", "policy_engine_mode", "compatibility_mode", "export_url",
				"layout", "denied_action");
	}

	@Test
	void slugsHaveNoLengthLimitAndDjangosText() {
		String longSlug = "s".repeat(60) + unique("");

		assertThat(post(FLOWS, flowBody(longSlug)).status()).isEqualTo(201);
		assertThat(post(FLOWS, flowBody("bad slug")).body()).isEqualTo(
				"{\"slug\":[\"Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.\"]}");
		assertThat(post(FLOWS, flowBody("x".repeat(513))).body())
			.isEqualTo("{\"slug\":[\"Ensure this field has no more than 512 characters.\"]}");
		assertThat(post(FLOWS, "{\"name\": \"n\", \"slug\": \"" + unique("frame")
				+ "\", \"title\": \"t\", \"designation\": \"recovery\", \"layout\": \"sidebar_left_frame_background\"}")
			.status()).isEqualTo(201);
	}

	@Test
	void requireTokenIsNotAChoiceBefore2026_8() {
		String slug = unique("token");

		refusesRequireToken(postRequireToken(slug));
		createFlow(slug);
		refusesRequireToken(write("PATCH", FLOWS + slug + "/", "{\"authentication\": \"require_token\"}"));
	}

}

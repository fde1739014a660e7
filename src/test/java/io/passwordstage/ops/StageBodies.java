package io.passwordstage.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON bodies of password stage requests for the ops tests, and reading them back. */
final class StageBodies {

	static final String STAGES = "/api/v3/stages/password/";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private StageBodies() {
	}

	/** A valid create body whose {@code flow_set} creates a flow for each slug. */
	static String stage(String name, String... slugs) {
		return JSON.writeValueAsString(Map.of("name", name, "backends", List.of("authentik.core.auth.InbuiltBackend"),
				"flow_set", flowSet(List.of(slugs))));
	}

	/**
	 * A PATCH body setting {@code failed_attempts_before_cancel} and making {@code slugs}
	 * the flow_set.
	 */
	static String patch(int failedAttempts, List<String> slugs) {
		return JSON
			.writeValueAsString(Map.of("failed_attempts_before_cancel", failedAttempts, "flow_set", flowSet(slugs)));
	}

	static List<Map<String, Object>> flowSet(List<String> slugs) {
		return slugs.stream()
			.map(slug -> Map.<String, Object>of("name", "Flow " + slug, "slug", slug, "title", "Welcome", "designation",
					"authentication"))
			.toList();
	}

	static List<String> slugsOf(String responseBody) {
		List<String> slugs = new ArrayList<>();
		JSON.readTree(responseBody).get("flow_set").forEach(item -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

}

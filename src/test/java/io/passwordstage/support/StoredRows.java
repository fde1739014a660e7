package io.passwordstage.support;

import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.count;
import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Looks into the test database for the rows that requests wrote, or must not have. */
public final class StoredRows {

	private StoredRows() {
	}

	public static long stagesNamed(String name) {
		return count("select count(*) from authentik_flows_stage where name = ?", name);
	}

	public static long flowsWithSlug(String slug) {
		return count("select count(*) from authentik_flows_flow where slug = ?", slug);
	}

	/** How many flows the stage is bound to. */
	public static long bindings(String stagePk) {
		return count("select count(*) from authentik_flows_flowstagebinding where stage_id = ?::uuid", stagePk);
	}

	public static String flowUuid(String slug) {
		return text("select flow_uuid from authentik_flows_flow where slug = ?", slug);
	}

	/**
	 * Asserts that no stage with the body's name and no flow with any of its slugs was
	 * stored.
	 */
	public static void assertNothingWritten(String body) {
		JsonNode json;
		try {
			json = StageBody.tree(body);
		}
		catch (RuntimeException ex) {
			return;
		}
		if (json == null || !json.isObject()) {
			return;
		}
		JsonNode name = json.get("name");
		if (name != null && name.isString() && storable(name.stringValue())) {
			assertThat(stagesNamed(name.stringValue().strip())).as("stages named %s", name).isZero();
		}
		JsonNode flowSet = json.get("flow_set");
		if (flowSet != null && flowSet.isArray()) {
			for (JsonNode item : flowSet) {
				JsonNode slug = item.isObject() ? item.get("slug") : null;
				if (slug != null && slug.isString() && storable(slug.stringValue())) {
					assertThat(flowsWithSlug(slug.stringValue().strip())).as("flows with slug %s", slug).isZero();
				}
			}
		}
	}

	private static boolean storable(String value) {
		return value.indexOf('\0') < 0 && value.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
	}

}

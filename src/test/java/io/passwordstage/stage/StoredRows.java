package io.passwordstage.stage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.passwordstage.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Looks into the database for the rows a create request may have written. */
final class StoredRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredRows() {
	}

	static long stagesNamed(String name) {
		return count("select count(*) from authentik_flows_stage where name = ?", name);
	}

	static long flowsWithSlug(String slug) {
		return count("select count(*) from authentik_flows_flow where slug = ?", slug);
	}

	/**
	 * Asserts that no stage with the body's name and no flow with any of its slugs was
	 * stored.
	 */
	static void assertNothingWritten(String body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
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

	private static long count(String sql, String value) {
		try (Connection connection = TestDatabase.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, value);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

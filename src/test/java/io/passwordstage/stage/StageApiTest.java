package io.passwordstage.stage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.TestDatabase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the viewset tests: stages with unique names, superuser requests and SQL
 * look-ups.
 */
abstract class StageApiTest extends ApiTest {

	static final String VIEW = "authentik_stages_password.view_passwordstage";

	static final String ADD = "authentik_stages_password.add_passwordstage";

	static final String CHANGE = "authentik_stages_password.change_passwordstage";

	static final String DELETE = "authentik_stages_password.delete_passwordstage";

	static final String INBUILT = "authentik.core.auth.InbuiltBackend";

	static final String TOKEN_BACKEND = "authentik.core.auth.TokenBackend";

	/** A name or slug no other test uses: the label and eight random hex digits. */
	static String unique(String label) {
		return label + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A stage from a JSON body, created as the superuser. */
	JsonNode createStage(String json) {
		Response response = post(STAGES, json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/** A stage with the inbuilt backend and authentik's defaults, bound to no flow. */
	JsonNode createNamed(String name) {
		return createStage("{\"name\": \"" + name + "\", \"backends\": [\"" + INBUILT + "\"]}");
	}

	/**
	 * A stage bound to one new authentication flow per slug, each named and titled after
	 * its slug.
	 */
	JsonNode createWithFlows(String name, String... slugs) {
		StringBuilder flowSet = new StringBuilder();
		for (String slug : slugs) {
			flowSet.append(flowSet.isEmpty() ? "" : ",").append(flowItem(slug));
		}
		return createStage(
				"{\"name\": \"" + name + "\", \"backends\": [\"" + INBUILT + "\"], \"flow_set\": [" + flowSet + "]}");
	}

	static String flowItem(String slug) {
		return "{\"name\": \"Name " + slug + "\", \"slug\": \"" + slug + "\", \"title\": \"Title " + slug
				+ "\", \"designation\": \"authentication\"}";
	}

	static String detail(String pk) {
		return STAGES + pk + "/";
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response put(String path, String json) {
		return send("PUT", path, json, "application/json", BOOTSTRAP_KEY);
	}

	Response patch(String path, String json) {
		return send("PATCH", path, json, "application/json", BOOTSTRAP_KEY);
	}

	Response delete(String path) {
		return send("DELETE", path, null, null, BOOTSTRAP_KEY);
	}

	/** The stage as the API shows it now. */
	JsonNode current(String pk) {
		Response response = get(detail(pk));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** A single text value from SQL on the test database. */
	static String text(String sql) {
		try (Connection connection = TestDatabase.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).as(sql).isTrue();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void execute(String sql) {
		try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long bindings(String stagePk) {
		return count("select count(*) from authentik_flows_flowstagebinding where stage_id = '" + stagePk + "'");
	}

	static String flowUuid(String slug) {
		return text("select flow_uuid from authentik_flows_flow where slug = '" + slug + "'");
	}

	static long flowsWithSlug(String slug) {
		return count("select count(*) from authentik_flows_flow where slug = '" + slug + "'");
	}

}

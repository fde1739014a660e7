package io.passwordstage.stage;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of hostile variants of valid bodies of every write route (password stages,
 * flows and flow-stage bindings): never a 5xx, always a JSON answer, and a 4xx changes no
 * row.
 */
class MutatedBodiesTest extends StageApiTest {

	private static final String BINDINGS = "/api/v3/flows/bindings/";

	private static final long SEED = Long.getLong("mutations.seed", 20250801L);

	private static final int CASES = 320;

	private static final String FLOWS = "/api/v3/flows/instances/";

	private static Connection connection;

	private static String snapshotSql;

	/**
	 * Runs once the context (and so Flyway) has started: the tables exist. The snapshot
	 * holds each table's row count and newest {@code xmin}: a request's transaction gets
	 * an id above every committed row's, so any row it inserts or updates raises the
	 * maximum, and a delete alone lowers the count.
	 */
	@BeforeEach
	void openSnapshotConnection() throws SQLException {
		if (connection != null) {
			return;
		}
		connection = TestDatabase.connect();
		List<String> parts = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery("select table_name from information_schema.tables "
						+ "where table_schema = 'passwordstage' and table_type = 'BASE TABLE' and table_name not in "
						+ "('flyway_schema_history', 'authentik_events_event') order by table_name")) {
			while (tables.next()) {
				String table = tables.getString(1);
				parts.add("(select '" + table + " ' || count(*) || ' ' || coalesce(max(xmin::text::bigint), 0)"
						+ " from passwordstage." + table + ")");
			}
		}
		assertThat(parts).hasSizeGreaterThanOrEqualTo(5);
		snapshotSql = "select concat_ws(', ', " + String.join(", ", parts) + ")";
	}

	@AfterAll
	static void closeSnapshotConnection() throws SQLException {
		if (connection != null) {
			connection.close();
			connection = null;
		}
	}

	@Test
	void create() {
		run("POST", 0, () -> STAGES);
	}

	@Test
	void update() {
		String pk = createWithFlows(unique("mutput"), unique("mutputflow")).get("pk").stringValue();
		run("PUT", 1, () -> detail(pk));
	}

	@Test
	void partialUpdate() {
		String pk = createWithFlows(unique("mutpatch"), unique("mutpatchflow")).get("pk").stringValue();
		run("PATCH", 2, () -> detail(pk));
	}

	@Test
	void createFlow() {
		run("POST", 3, () -> FLOWS, MutatedBodiesTest::validFlowBody);
	}

	@Test
	void updateFlow() {
		String pk = flowPk(unique("mutflowput"));
		run("PUT", 4, () -> flowPath(pk), MutatedBodiesTest::validFlowBody);
	}

	@Test
	void partialUpdateFlow() {
		String pk = flowPk(unique("mutflowpatch"));
		run("PATCH", 5, () -> flowPath(pk), MutatedBodiesTest::validFlowBody);
	}

	private String flowPk(String slug) {
		Response created = post(FLOWS, validFlowBody(0).put("slug", slug).toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("pk").stringValue();
	}

	/** The flow's path under its current slug: a valid mutant may have renamed it. */
	private static String flowPath(String pk) {
		return FLOWS + TestDatabase.text("select slug from authentik_flows_flow where flow_uuid = ?::uuid", pk) + "/";
	}

	@Test
	void createBinding() {
		JsonNode stage = createWithFlows(unique("mutbind"), unique("mutbindflow"));
		run("POST", 6, () -> BINDINGS, index -> validBinding(stage, index));
	}

	@Test
	void updateBinding() {
		JsonNode stage = createWithFlows(unique("mutbindput"), unique("mutbindputflow"));
		String pk = post(BINDINGS, validBinding(stage, -1).toString()).json().get("pk").stringValue();
		run("PUT", 7, () -> BINDINGS + pk + "/", index -> validBinding(stage, index));
	}

	@Test
	void partialUpdateBinding() {
		JsonNode stage = createWithFlows(unique("mutbindpatch"), unique("mutbindpatchflow"));
		String pk = post(BINDINGS, validBinding(stage, -1).toString()).json().get("pk").stringValue();
		run("PATCH", 8, () -> BINDINGS + pk + "/", index -> validBinding(stage, index));
	}

	private void run(String method, long stream, Supplier<String> path) {
		run(method, stream, path, MutatedBodiesTest::validBody);
	}

	private void run(String method, long stream, Supplier<String> path, IntFunction<ObjectNode> validBody) {
		BodyMutator mutator = new BodyMutator(new Random(SEED + stream));
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		// nothing else writes meanwhile: what a case leaves is what the next one starts
		// from
		String before = snapshot();
		for (int i = 0; i < CASES; i++) {
			BodyMutator.Mutant mutant = mutator.mutate(validBody.apply(i));
			Response response = send(method, path.get(), mutant);
			String after = snapshot();
			statuses.merge(response.status(), 1, Integer::sum);
			String problem = problem(response, before, after);
			before = after;
			if (problem != null && failures.size() < 20) {
				failures.add("case %d [%s] -> %d %s: %s".formatted(i, mutant.description(), response.status(),
						abbreviate(response.body()), problem));
			}
		}
		System.out.printf("mutated bodies, %s (seed %d): %d cases, statuses %s%n", method, SEED, CASES, statuses);
		assertThat(failures).as("seed %d", SEED).isEmpty();
	}

	private String problem(Response response, String before, String after) {
		if (response.status() >= 500) {
			return "server error";
		}
		try {
			JsonNode body = JSON.readTree(response.body());
			if (body == null || body.isMissingNode()) {
				return "empty body";
			}
		}
		catch (RuntimeException ex) {
			return "body is not JSON";
		}
		if (response.status() >= 400 && !after.equals(before)) {
			return "the database changed";
		}
		return null;
	}

	private static ObjectNode validBody(int index) {
		String suffix = index + "-" + UUID.randomUUID().toString().substring(0, 8);
		return StageBody.stage("mutant " + suffix)
			.backends(Backend.INBUILT, Backend.TOKEN)
			.set("configure_flow", null)
			.set("failed_attempts_before_cancel", 3)
			.set("allow_show_password", true)
			.flowSet("{\"name\": \"Mutant\", \"slug\": \"mutant-" + suffix
					+ "\", \"title\": \"Mutant\", \"designation\": \"authentication\", \"policy_engine_mode\": \"any\", "
					+ "\"compatibility_mode\": true, \"layout\": \"stacked\", \"denied_action\": \"message_continue\"}")
			.tree();
	}

	private static ObjectNode validFlowBody(int index) {
		String suffix = index + "-" + UUID.randomUUID().toString().substring(0, 8);
		return (ObjectNode) JSON.readTree("{\"name\": \"Mutant " + suffix + "\", \"slug\": \"mutant-flow-" + suffix
				+ "\", \"title\": \"Mutant\", \"designation\": \"authentication\", \"policy_engine_mode\": \"all\","
				+ " \"compatibility_mode\": true, \"layout\": \"content_left\", \"denied_action\": \"message\","
				+ " \"authentication\": \"require_authenticated\"}");
	}

	/**
	 * A binding of the stage into the flow of its {@code flow_set}, at a position of its
	 * own.
	 */
	private static ObjectNode validBinding(JsonNode stage, int index) {
		return StageBody.body()
			.set("target", stage.get("flow_set").get(0).get("pk").stringValue())
			.set("stage", stage.get("pk").stringValue())
			.set("evaluate_on_plan", true)
			.set("re_evaluate_policies", true)
			.set("order", String.valueOf(index))
			.set("policy_engine_mode", "all")
			.set("invalid_response_action", "restart")
			.tree();
	}

	private Response send(String method, String path, BodyMutator.Mutant mutant) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(mutant.body()));
		if (mutant.contentType() != null) {
			request.header("Content-Type", mutant.contentType());
		}
		return send(request.build());
	}

	private static String snapshot() {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(snapshotSql)) {
			row.next();
			return row.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

}

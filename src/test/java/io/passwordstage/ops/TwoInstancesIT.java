package io.passwordstage.ops;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.ApiTest.STAGES;
import static io.passwordstage.support.StageBody.slugsOf;
import static io.passwordstage.support.StageBody.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances started together on one new database: one migration, one token,
 * no lost races.
 */
class TwoInstancesIT {

	private static final int N = 20;

	private static final String SLUG_TAKEN = "Flow with this slug already exists.";

	private static String database;

	private static final List<PackagedService> instances = new ArrayList<>();

	@BeforeAll
	static void startTwoInstancesTogether() throws Exception {
		database = TestDatabase.createFreshDatabase();
		String key = "two-" + UUID.randomUUID().toString().replace("-", "");
		long started = System.nanoTime();
		try (Connection gate = TestDatabase.connect(database)) {
			// an uncommitted schema of the same name holds both instances at their first
			// migration step,
			// so that they migrate at the same moment however far apart their JVMs come
			// up
			gate.setAutoCommit(false);
			gate.prepareStatement("create schema passwordstage").execute();
			instances.add(PackagedService.start(database, Map.of("AUTHENTIK_BOOTSTRAP_TOKEN", key)));
			instances.add(PackagedService.start(database, Map.of("AUTHENTIK_BOOTSTRAP_TOKEN", key)));
			awaitBothInstancesWaitingForALock();
			System.out.printf("both instances held before migrating, released %d ms after the common start%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			gate.rollback();
		}
		for (PackagedService instance : instances) {
			instance.awaitReady();
			System.out.printf("instance on port %d ready %d ms after the common start%n", instance.port(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
	}

	@AfterAll
	static void stopInstances() throws InterruptedException {
		for (PackagedService instance : instances) {
			instance.close();
		}
	}

	@Test
	void bothInstancesStartOnOneMigrationAndOneBootstrapToken() throws Exception {
		List<String> expected = new ArrayList<>();
		try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
			files.map(file -> Pattern.compile("^V([0-9_.]+)__.*\\.sql$").matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.forEach(version -> expected.add(version.group(1).replace('_', '.')));
		}
		List<Object> applied = column("select version from flyway_schema_history where type = 'SQL'");
		assertThat(applied).as("each migration exactly once").containsExactlyInAnyOrderElementsOf(expected);
		assertThat(column("select success from flyway_schema_history")).isNotEmpty().containsOnly(true);
		assertThat(column("select count(*) from authentik_core_token where identifier = 'authentik-bootstrap-token'"))
			.containsExactly(1L);
		for (PackagedService instance : instances) {
			assertThat(instance.send("GET", STAGES, null).statusCode())
				.as("the bootstrap key works on " + instance.port())
				.isEqualTo(200);
		}
		System.out.printf("flyway history: %s, bootstrap token rows: 1%n", applied);
	}

	@Test
	void concurrentCreatesOfOneNameMakeOneStage() throws Exception {
		String name = "raced-" + UUID.randomUUID();
		Race race = Race.run(N, i -> instance(i).request("POST", STAGES, StageBody.stage(name).flows().json()));

		assertThat(race.count(201)).isEqualTo(1);
		assertThat(race.count(400)).isEqualTo(N - 1);
		for (HttpResponse<String> response : race.responses()) {
			if (response.statusCode() == 400) {
				assertThat(tree(response.body()))
					.isEqualTo(tree("{\"name\":[\"stage with this name already exists.\"]}"));
			}
		}
		assertThat(column("select count(*) from authentik_flows_stage where name = ?", name)).containsExactly(1L);
		System.out.printf("same name x%d: %d x 201, %d x 400%n", N, race.count(201), race.count(400));
	}

	@Test
	void concurrentCreatesWithOneNewSlugMakeOneFlow() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String slug = "raced-" + run;
		Race race = Race.run(N, i -> instance(i).request("POST", STAGES,
				StageBody.stage("slug-race-" + run + "-" + i).flows(slug).json()));

		assertThat(race.count(201)).isEqualTo(1);
		assertThat(race.count(400)).isEqualTo(N - 1);
		for (HttpResponse<String> response : race.responses()) {
			if (response.statusCode() == 400) {
				assertThat(tree(response.body()))
					.isEqualTo(tree("{\"flow_set\":[{\"slug\":[\"" + SLUG_TAKEN + "\"]}]}"));
			}
		}
		assertThat(column("select count(*) from authentik_flows_flow where slug = ?", slug)).containsExactly(1L);
		assertThat(column("select count(*) from authentik_flows_stage where name like ?", "slug-race-" + run + "-%"))
			.as("a 400 leaves no stage behind")
			.containsExactly(1L);
		System.out.printf("one new slug x%d: %d x 201, %d x 400%n", N, race.count(201), race.count(400));
	}

	@Test
	void concurrentFlowSetPatchesOfOneStageLeaveExactlyTheLastOnesBindings() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String base = "base-" + run;
		HttpResponse<String> created = instance(0).send("POST", STAGES,
				StageBody.stage("patched-" + run).flows(base).json());
		assertThat(created.statusCode()).isEqualTo(201);
		String pk = tree(created.body()).get("pk").asString();
		List<List<String>> slugs = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			slugs.add(patchSlugs(i, base, run));
		}
		// failed_attempts_before_cancel carries the request's index: the stored value
		// names the last writer
		Race race = Race.run(N, i -> instance(i).request("PATCH", STAGES + pk + "/",
				StageBody.body().set("failed_attempts_before_cancel", 100 + i).flows(slugs.get(i)).json()));

		for (int i = 0; i < N; i++) {
			assertPatchAnswer(race.response(i), i, slugs.get(i), "own-" + run + "-" + i);
		}
		assertThat(race.count(200)).isPositive();
		int winner = ((Number) column(
				"select failed_attempts_before_cancel from authentik_stages_password_passwordstage"
						+ " where stage_ptr_id = ?::uuid",
				pk)
			.get(0)).intValue() - 100;
		assertThat(race.response(winner).statusCode()).as("the stored values come from a successful PATCH")
			.isEqualTo(200);
		assertThat(
				column("""
						select f.slug from authentik_flows_flowstagebinding b join authentik_flows_flow f on f.flow_uuid = b.target_id
						where b.stage_id = ?::uuid""",
						pk))
			.as("the bindings are exactly the flow_set of the last successful PATCH (%d)", winner)
			.containsExactlyInAnyOrderElementsOf(slugsOf(race.response(winner).body()));
		assertThat(slugsOf(instance(1).send("GET", STAGES + pk + "/", null).body()))
			.containsExactlyInAnyOrderElementsOf(slugs.get(winner));
		assertThat(
				column("""
						select count(*) from authentik_policies_policybindingmodel m
						where not exists (select 1 from authentik_flows_flow f where f.policybindingmodel_ptr_id = m.pbm_uuid)
						and not exists (select 1 from authentik_flows_flowstagebinding b where b.policybindingmodel_ptr_id = m.pbm_uuid)"""))
			.as("no orphaned policy-binding-model rows")
			.containsExactly(0L);
		int lastArrived = race.lastArrived(200);
		System.out.printf("flow_set PATCH x%d: %d x 200, %d x 400; last committed PATCH %d %s, bound %s%n", N,
				race.count(200), race.count(400), winner, winner == lastArrived ? "(also the last 200 to arrive)"
						: "(the last 200 to arrive: " + lastArrived + ")",
				slugs.get(winner));
	}

	/**
	 * A 200 wrote exactly what was sent; a 400 only says that slugs were taken and left
	 * nothing behind.
	 */
	private static void assertPatchAnswer(HttpResponse<String> response, int i, List<String> sent, String ownSlug)
			throws SQLException {
		assertThat(response.statusCode()).as("PATCH %d: %s", i, response.body()).isIn(200, 400);
		JsonNode body = tree(response.body());
		if (response.statusCode() == 200) {
			assertThat(body.get("failed_attempts_before_cancel").asInt()).isEqualTo(100 + i);
			assertThat(slugsOf(response.body())).containsExactlyInAnyOrderElementsOf(sent);
			return;
		}
		assertThat(body.propertyNames()).containsExactly("flow_set");
		List<String> taken = new ArrayList<>();
		for (int item = 0; item < sent.size(); item++) {
			JsonNode error = body.get("flow_set").get(item);
			if (!error.isEmpty()) {
				assertThat(error).isEqualTo(tree("{\"slug\":[\"" + SLUG_TAKEN + "\"]}"));
				taken.add(sent.get(item));
			}
		}
		assertThat(taken).isNotEmpty();
		for (String slug : taken) {
			assertThat(column("select count(*) from authentik_flows_flow where slug = ?", slug)).containsExactly(1L);
		}
		assertThat(column("select count(*) from authentik_flows_flow where slug = ?", ownSlug))
			.as("a rejected PATCH creates no flow")
			.containsExactly(0L);
	}

	/**
	 * A mix per request: the stage's own flow, one of two shared new slugs, a slug of its
	 * own.
	 */
	private static List<String> patchSlugs(int i, String base, String run) {
		List<String> slugs = new ArrayList<>();
		if (i % 2 == 0) {
			slugs.add(base);
		}
		if (i % 3 < 2) {
			slugs.add("shared-" + run + "-" + (i % 3));
		}
		if (i % 5 != 0 || slugs.isEmpty()) {
			slugs.add("own-" + run + "-" + i);
		}
		return slugs;
	}

	private static void awaitBothInstancesWaitingForALock() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
		while (column(
				"select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
			.size() < 2) {
			for (PackagedService instance : instances) {
				if (!instance.isAlive()) {
					throw new IllegalStateException("an instance exited while starting; see " + instance.log());
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the instances never both reached their first migration step");
			}
			Thread.sleep(100);
		}
	}

	private static PackagedService instance(int i) {
		return instances.get(i % instances.size());
	}

	private static List<Object> column(String sql, Object... parameters) throws SQLException {
		return TestDatabase.column(database, sql, parameters);
	}

}

package io.passwordstage.ops;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.ApiTest.STAGES;
import static io.passwordstage.support.StageBody.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged service acknowledged survives kill -9, and SIGTERM lets a request in
 * flight finish.
 */
class DurabilityIT {

	private static final Map<String, String> KEY = Map.of("AUTHENTIK_BOOTSTRAP_TOKEN",
			"durable-" + UUID.randomUUID().toString().replace("-", ""));

	private static String database;

	private static final Deque<PackagedService> instances = new ArrayDeque<>();

	/**
	 * One instance per test, started two at a time on one new database (the first two
	 * migrate together, as {@link TwoInstancesIT} shows they may) and all ready before
	 * the first test, so that no start is in progress during one: each test kills or
	 * stops its own.
	 */
	@BeforeAll
	static void startOneInstancePerTest() throws Exception {
		database = TestDatabase.createFreshDatabase();
		long tests = Arrays.stream(DurabilityIT.class.getDeclaredMethods())
			.filter(method -> method.isAnnotationPresent(Test.class))
			.count();
		while (instances.size() < tests) {
			List<PackagedService> together = new ArrayList<>();
			for (int i = 0; i < 2 && instances.size() + together.size() < tests; i++) {
				together.add(PackagedService.start(database, KEY));
			}
			instances.addAll(together);
			for (PackagedService instance : together) {
				instance.awaitReady();
			}
		}
	}

	@AfterAll
	static void stopUnused() throws InterruptedException {
		while (!instances.isEmpty()) {
			instances.remove().close();
		}
	}

	/** A ready instance no other test uses. */
	private static PackagedService ownInstance() {
		return instances.remove();
	}

	@Test
	void acknowledgedCreateSurvivesKill9() throws Exception {
		String name = unique();
		try (PackagedService service = ownInstance()) {
			assertThat(
					sendAndKillOn(service, 201, "POST", STAGES, StageBody.stage(name).flows("created-" + name).json()))
				.isEqualTo(201);
		}
		assertThat(column("select count(*) from authentik_flows_stage where name = ?", name)).containsExactly(1L);
		assertThat(boundSlugs(stageId(name))).containsExactly("created-" + name);
	}

	@Test
	void acknowledgedUpdateSurvivesKill9() throws Exception {
		String name = unique();
		try (PackagedService service = ownInstance()) {
			String pk = create(service, name);
			assertThat(sendAndKillOn(service, 200, "PATCH", STAGES + pk + "/",
					StageBody.body().set("failed_attempts_before_cancel", 42).flows("patched-" + name).json()))
				.isEqualTo(200);
		}
		String id = stageId(name);
		assertThat(column("select failed_attempts_before_cancel from authentik_stages_password_passwordstage"
				+ " where stage_ptr_id = ?::uuid", id))
			.containsExactly(42);
		assertThat(boundSlugs(id)).containsExactly("patched-" + name);
	}

	@Test
	void acknowledgedDeleteSurvivesKill9() throws Exception {
		String name = unique();
		try (PackagedService service = ownInstance()) {
			String pk = create(service, name);
			assertThat(sendAndKillOn(service, 204, "DELETE", STAGES + pk + "/", null)).isEqualTo(204);
		}
		assertThat(column("select count(*) from authentik_flows_stage where name = ?", name)).containsExactly(0L);
	}

	@Test
	void sigtermLetsTheRequestInFlightFinish() throws Exception {
		String name = unique();
		try (PackagedService service = ownInstance()) {
			String pk = create(service, name);
			assertInFlightRequestFinishesAfterSigterm(service, pk);
		}
	}

	private static void assertInFlightRequestFinishesAfterSigterm(PackagedService service, String pk) throws Exception {
		CompletableFuture<HttpResponse<String>> inFlight;
		CompletableFuture<Integer> exit;
		try (Connection lock = TestDatabase.connect(database)) {
			// the PATCH waits for this row lock, so it is surely in flight when SIGTERM
			// arrives
			lock.setAutoCommit(false);
			try (PreparedStatement statement = lock.prepareStatement("""
					select 1 from authentik_flows_stage s join authentik_stages_password_passwordstage p
					on p.stage_ptr_id = s.stage_uuid where s.stage_uuid = ?::uuid for update""")) {
				statement.setString(1, pk);
				statement.executeQuery().close();
			}
			inFlight = PackagedService.client()
				.sendAsync(service.request("PATCH", STAGES + pk + "/", "{\"failed_attempts_before_cancel\": 9}"),
						HttpResponse.BodyHandlers.ofString());
			awaitABackendWaitingForALock();
			exit = CompletableFuture.supplyAsync(() -> stop(service));
			awaitLogged(service, "Commencing graceful shutdown");
			assertThat(service.isAlive()).as("still serving the request in flight").isTrue();
			assertThat(inFlight).isNotDone();
			lock.commit();
		}
		long released = System.nanoTime();
		HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(tree(response.body()).get("failed_attempts_before_cancel").asInt()).isEqualTo(9);
		int exitCode = exit.get(90, TimeUnit.SECONDS);
		System.out.printf("in-flight PATCH answered %d, process exited %d, %d ms after the lock was released%n",
				response.statusCode(), exitCode, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released));
		assertThat(exitCode).as("JVM exit after SIGTERM with clean shutdown hooks").isEqualTo(143);
		assertThat(Files.readString(service.log())).contains("Graceful shutdown complete").doesNotContain(" ERROR ");
		assertThat(column("select failed_attempts_before_cancel from authentik_stages_password_passwordstage"
				+ " where stage_ptr_id = ?::uuid", pk))
			.containsExactly(9);
	}

	/**
	 * Sends the request and kills the service (SIGKILL) the moment the status line with
	 * {@code status} arrives.
	 */
	private static int sendAndKillOn(PackagedService service, int status, String method, String path, String json)
			throws InterruptedException {
		AtomicInteger received = new AtomicInteger();
		HttpResponse.BodyHandler<String> killOnStatus = info -> {
			received.set(info.statusCode());
			if (info.statusCode() == status) {
				service.kill9();
			}
			return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
		};
		HttpRequest request = service.request(method, path, json);
		long sent = System.nanoTime();
		try {
			PackagedService.client().send(request, killOnStatus);
		}
		catch (IOException bodyCutShort) {
			// the kill may cut the body; the status line has arrived
		}
		service.kill9();
		System.out.printf("%s acknowledged %d and was killed -9 at once (%d ms after sending)%n", method,
				received.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
		return received.get();
	}

	private static String create(PackagedService service, String name) throws Exception {
		HttpResponse<String> created = service.send("POST", STAGES,
				StageBody.stage(name).flows("created-" + name).json());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return tree(created.body()).get("pk").asString();
	}

	private static String unique() {
		return "durable-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String stageId(String name) throws SQLException {
		return column("select stage_uuid::text from authentik_flows_stage where name = ?", name).get(0).toString();
	}

	private static List<Object> boundSlugs(String stageId) throws SQLException {
		return column(
				"""
						select f.slug from authentik_flows_flowstagebinding b join authentik_flows_flow f on f.flow_uuid = b.target_id
						where b.stage_id = ?::uuid""",
				stageId);
	}

	private static void awaitABackendWaitingForALock() throws Exception {
		for (int attempt = 0; attempt < 300; attempt++) {
			if (!column(
					"select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
				.isEmpty()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the PATCH never reached the row lock");
	}

	/** Returns once the service's log holds {@code text} (fails after a minute). */
	private static void awaitLogged(PackagedService service, String text) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			if (Files.readString(service.log()).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the service never logged " + text);
	}

	private static int stop(PackagedService service) {
		try {
			return service.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<Object> column(String sql, Object... parameters) throws SQLException {
		return TestDatabase.column(database, sql, parameters);
	}

}

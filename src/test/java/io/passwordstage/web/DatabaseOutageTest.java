package io.passwordstage.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.passwordstage.PasswordStageApplication;
import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TcpRelay;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.passwordstage.support.ApiTest.STAGES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL becomes unreachable: requests fail fast with a JSON 503, each logged once at
 * WARN with its request id, and the service recovers by itself. A connection lost in the
 * middle of a write, or while it commits, is a 503 that says which, without an ERROR.
 */
@SpringBootTest(classes = PasswordStageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "authentik.bootstrap.token=" + ApiTest.BOOTSTRAP_KEY)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private static final String READINESS = "/actuator/health/readiness";

	private static final Duration FAIL_FAST = Duration.ofSeconds(10);

	private static final Duration RECOVERY = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static TcpRelay relay;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void databaseThroughRelay(DynamicPropertyRegistry registry) {
		URI database = URI.create(TestDatabase.url().substring("jdbc:".length()));
		relay = new TcpRelay(database.getHost(), database.getPort());
		String query = database.getRawQuery() == null ? "" : "?" + database.getRawQuery();
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://127.0.0.1:" + relay.port() + database.getRawPath() + query);
		registry.add("spring.datasource.username", TestDatabase::user);
		registry.add("spring.datasource.password", TestDatabase::password);
	}

	@AfterAll
	static void closeRelay() {
		relay.close();
	}

	@Test
	void failsFastWithA503AndRecoversWhenTheDatabaseReturns(CapturedOutput output) {
		assertThat(send("GET", STAGES, null).status()).isEqualTo(200);
		assertThat(send("GET", READINESS, null).status()).isEqualTo(200);

		relay.cut();
		Timed list;
		Timed create;
		Timed tokenLookup;
		Timed readiness;
		try {
			list = send("GET", STAGES, null);
			create = send("POST", STAGES, stageBody());
			tokenLookup = send("GET", STAGES, null, "a-key-never-checked-before");
			readiness = send("GET", READINESS, null);
		}
		finally {
			relay.restore();
		}
		long restored = System.nanoTime();
		System.out.printf("database outage: GET list %d in %d ms, POST %d in %d ms, readiness %d in %d ms%n",
				list.status(), list.millis(), create.status(), create.millis(), readiness.status(), readiness.millis());
		assertUnavailable(list);
		assertUnavailable(create);
		assertUnavailable(tokenLookup);
		for (Timed answer : List.of(list, create, tokenLookup)) {
			assertLoggedOnceAtWarn(output, answer);
		}
		assertThat(readiness.status()).as(readiness.body()).isEqualTo(503);
		assertThat(JSON.readTree(readiness.body()).path("status").asString()).as(readiness.body()).isEqualTo("DOWN");
		assertThat(readiness.millis()).isLessThan(FAIL_FAST.toMillis());

		Timed recovered = pollUntilOk(restored);
		long recoveryMillis = (System.nanoTime() - restored) / 1_000_000;
		System.out.printf("database outage: API answered %d again %d ms after the database returned%n",
				recovered.status(), recoveryMillis);
		assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
		Timed created = send("POST", STAGES, stageBody());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(send("GET", READINESS, null).status()).isEqualTo(200);
	}

	@Test
	void aConnectionLostMidWriteIsA503AndOneWarnLineWithoutAStack(CapturedOutput output) throws SQLException {
		try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
			statement.execute(LOSE_CONNECTION);
			statement.execute("create trigger lose_connection_now after insert on passwordstage.authentik_flows_stage"
					+ " for each row when (new.name = 'lose-connection-now') execute function public.lose_connection()");
		}
		try {
			Timed write = send("POST", STAGES, StageBody.stage("lose-connection-now").json());

			assertUnavailable(write);
			assertThat(JSON.readTree(write.body()).path("detail").asString())
				.isEqualTo(ErrorTexts.DATABASE_UNAVAILABLE);
			assertLoggedOnceAtWarn(output, write);
			// the 503 and the rollback that had nothing to undo, a line each
			assertThat(warnings(output, write)).hasSize(2).noneMatch((line) -> line.contains("ERROR"));
			assertThat(output.getOut()).doesNotContain("overridden by rollback");
			assertThat(send("POST", STAGES, stageBody()).status()).isEqualTo(201);
		}
		finally {
			dropTrigger("lose_connection_now");
		}
	}

	@Test
	void aConnectionLostDuringCommitSaysTheOutcomeIsUnknown(CapturedOutput output) throws SQLException {
		try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
			statement.execute(LOSE_CONNECTION);
			// a deferred trigger runs when the transaction commits: the connection dies
			// in COMMIT
			statement.execute("create constraint trigger lose_connection_at_commit"
					+ " after insert on passwordstage.authentik_flows_stage deferrable initially deferred"
					+ " for each row when (new.name = 'lose-connection-at-commit') execute function public.lose_connection()");
		}
		try {
			Timed write = send("POST", STAGES, StageBody.stage("lose-connection-at-commit").json());

			assertUnavailable(write);
			assertThat(JSON.readTree(write.body()).path("detail").asString())
				.isEqualTo(ErrorTexts.COMMIT_OUTCOME_UNKNOWN);
			assertLoggedOnceAtWarn(output, write);
			assertThat(warnings(output, write)).hasSize(1);
			assertThat(send("POST", STAGES, stageBody()).status()).isEqualTo(201);
		}
		finally {
			dropTrigger("lose_connection_at_commit");
		}
	}

	@Test
	void theTokenListenerNoticesADatabaseThatWentSilentWithinThePoolsTimeouts(CapturedOutput output) {
		// from a listener that has just connected (its pause between attempts back at its
		// shortest), not one still waiting out an earlier test's cut: cut, restore, and
		// wait until it says it listens again
		relay.cut();
		awaitLine(output, "Token change listener lost");
		relay.restore();
		awaitLine(output, "Token change listener is listening again");
		int before = listenerLosses(output);
		relay.silence();
		try {
			// the round trip it makes every quarter second times out (2 s), and each new
			// connection within the pool's connect timeout (3 s): it keeps noticing
			long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
			while (listenerLosses(output) < before + 3 && System.nanoTime() < deadline) {
				sleep(100);
			}
			assertThat(listenerLosses(output)).isGreaterThanOrEqualTo(before + 3);
		}
		finally {
			relay.restore();
		}
		assertThat(pollUntilOk(System.nanoTime()).status()).isEqualTo(200);
	}

	private static void awaitLine(CapturedOutput output, String text) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!output.getOut().contains(text) && System.nanoTime() < deadline) {
			sleep(100);
		}
		assertThat(output.getOut()).contains(text);
	}

	private static int listenerLosses(CapturedOutput output) {
		return (int) output.getOut().lines().filter((line) -> line.contains("Token change listener lost")).count();
	}

	/** A trigger function that ends its own session, as a failover or a crash would. */
	private static final String LOSE_CONNECTION = "create or replace function public.lose_connection() returns trigger"
			+ " language plpgsql as $$ begin perform pg_terminate_backend(pg_backend_pid()); return null; end $$";

	private static void dropTrigger(String name) throws SQLException {
		try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop trigger " + name + " on passwordstage.authentik_flows_stage");
		}
	}

	/** The request's lines at WARN or ERROR, and any stack printed after them. */
	private static List<String> warnings(CapturedOutput output, Timed answer) {
		List<String> lines = new java.util.ArrayList<>();
		boolean inRequest = false;
		for (String line : output.getOut().lines().toList()) {
			boolean logLine = line.matches("^\\d{4}-\\d{2}-\\d{2}T.*");
			if (logLine) {
				inRequest = line.contains(answer.requestId()) && (line.contains(" WARN ") || line.contains(" ERROR "));
			}
			if (inRequest) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static void assertLoggedOnceAtWarn(CapturedOutput output, Timed answer) {
		assertThat(answer.requestId()).isNotEmpty();
		List<String> lines = output.getOut()
			.lines()
			.filter((line) -> line.contains("WARN") && line.contains("503 for") && line.contains(answer.requestId()))
			.toList();
		assertThat(lines).as("the WARN lines of request %s", answer.requestId()).hasSize(1);
	}

	private static void assertUnavailable(Timed response) {
		assertThat(response.status()).as(response.body()).isEqualTo(503);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("detail").isString()).as(response.body()).isTrue();
		assertThat(response.millis()).as("answered within %s", FAIL_FAST).isLessThan(FAIL_FAST.toMillis());
	}

	private Timed pollUntilOk(long since) {
		Timed answer = send("GET", STAGES, null);
		while (answer.status() != 200 && System.nanoTime() - since < RECOVERY.toNanos()) {
			sleep(250);
			answer = send("GET", STAGES, null);
		}
		return answer;
	}

	private static String stageBody() {
		return StageBody.stage("outage-" + UUID.randomUUID()).json();
	}

	private Timed send(String method, String path, String json) {
		return send(method, path, json, ApiTest.BOOTSTRAP_KEY);
	}

	private Timed send(String method, String path, String json, String key) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (path.startsWith("/api/")) {
			builder.header("Authorization", "Bearer " + key);
		}
		HttpRequest request = builder.build();
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Timed(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000,
					response.headers().firstValue(RequestIdFilter.HEADER).orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					method + " " + path + " failed after " + (System.nanoTime() - start) / 1_000_000 + " ms", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response, how long it took, and its request id. */
	private record Timed(int status, String body, long millis, String requestId) {
	}

}

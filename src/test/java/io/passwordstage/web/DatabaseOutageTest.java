package io.passwordstage.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.passwordstage.PasswordStageApplication;
import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TcpRelay;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.passwordstage.support.ApiTest.STAGES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL becomes unreachable: requests fail fast with a JSON 503, and the service
 * recovers by itself.
 */
@SpringBootTest(classes = PasswordStageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "authentik.bootstrap.token=" + ApiTest.BOOTSTRAP_KEY)
@DirtiesContext
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
	void failsFastWithA503AndRecoversWhenTheDatabaseReturns() {
		assertThat(send("GET", STAGES, null).status()).isEqualTo(200);
		assertThat(send("GET", READINESS, null).status()).isEqualTo(200);

		relay.cut();
		Timed list;
		Timed create;
		Timed readiness;
		try {
			list = send("GET", STAGES, null);
			create = send("POST", STAGES, stageBody());
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
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (path.startsWith("/api/")) {
			builder.header("Authorization", "Bearer " + ApiTest.BOOTSTRAP_KEY);
		}
		HttpRequest request = builder.build();
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Timed(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
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

	/** A response and how long it took. */
	private record Timed(int status, String body, long millis) {
	}

}

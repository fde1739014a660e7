package io.passwordstage.ops;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.TcpRelay;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances on one database, each remembering the tokens it checked: a token
 * revoked (or changed by hand in the database), or a permission taken from its user,
 * through one is refused by the other within a second; and while the other has lost
 * PostgreSQL (every connection cut, as a restart does) and until it listens again, it
 * trusts nothing it remembered: a token revoked meanwhile is never accepted again.
 */
class TokenRevocationIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STAGES = "/api/v3/stages/password/";

	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static TcpRelay relay;

	private static String database;

	private static final Map<String, String> IDENTIFIERS = new java.util.concurrent.ConcurrentHashMap<>();

	private static PackagedService writer;

	private static PackagedService reader;

	@BeforeAll
	static void startTwoInstances() throws Exception {
		database = TestDatabase.createFreshDatabase();
		URI direct = URI.create(database.substring("jdbc:".length()));
		relay = new TcpRelay(direct.getHost(), direct.getPort());
		String key = "revocation-" + UUID.randomUUID().toString().replace("-", "");
		String throughRelay = "jdbc:postgresql://127.0.0.1:" + relay.port() + direct.getRawPath()
				+ (direct.getRawQuery() == null ? "" : "?" + direct.getRawQuery());
		// started together: two instances may migrate one new database at once
		// (TwoInstancesIT)
		writer = PackagedService.start(database, Map.of("AUTHENTIK_BOOTSTRAP_TOKEN", key));
		reader = PackagedService.start(throughRelay, Map.of("AUTHENTIK_BOOTSTRAP_TOKEN", key));
		writer.awaitReady();
		reader.awaitReady();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		writer.close();
		reader.close();
		relay.close();
	}

	@Test
	void aTokenRevokedThroughOneInstanceIsRefusedByTheOtherWithinASecond() throws Exception {
		String token = mint("revoked-" + UUID.randomUUID().toString().substring(0, 8));
		rememberedBy(reader, token);

		long revoked = System.nanoTime();
		assertThat(writer.send("DELETE", "/api/v3/core/tokens/" + identifierOf(token) + "/", null).statusCode())
			.isEqualTo(204);
		untilRefused(reader, token);

		assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThan(WITHIN);
	}

	@Test
	void aTokenChangedByHandInTheDatabaseIsRefusedWithinASecond() throws Exception {
		String token = mint("by-hand-" + UUID.randomUUID().toString().substring(0, 8));
		rememberedBy(reader, token);

		long changed = System.nanoTime();
		try (java.sql.Connection connection = TestDatabase.connect(database);
				java.sql.PreparedStatement update = connection
					.prepareStatement("update passwordstage.authentik_core_token set expires = now(), expiring = true"
							+ " where identifier = ?")) {
			update.setString(1, identifierOf(token));
			assertThat(update.executeUpdate()).isOne();
		}
		untilRefused(reader, token);

		assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(WITHIN);
	}

	@Test
	void aPermissionTakenFromItsUserIsRefusedByTheOtherWithinASecond() throws Exception {
		String token = mint("taken-" + UUID.randomUUID().toString().substring(0, 8));
		rememberedBy(reader, token);

		long taken = System.nanoTime();
		try (java.sql.Connection connection = TestDatabase.connect(database);
				java.sql.PreparedStatement delete = connection
					.prepareStatement("delete from passwordstage.authentik_rbac_assignment where user_id ="
							+ " (select user_id from passwordstage.authentik_core_token where identifier = ?)")) {
			delete.setString(1, identifierOf(token));
			assertThat(delete.executeUpdate()).isOne();
		}
		untilRefused(reader, token);

		assertThat(Duration.ofNanos(System.nanoTime() - taken)).isLessThan(WITHIN);
	}

	@Test
	void afterLosingTheDatabaseTheOtherInstanceTrustsNothingItRemembered() throws Exception {
		String token = mint("outage-" + UUID.randomUUID().toString().substring(0, 8));
		rememberedBy(reader, token);

		relay.cut();
		try {
			assertThat(writer.send("DELETE", "/api/v3/core/tokens/" + identifierOf(token) + "/", null).statusCode())
				.isEqualTo(204);
			// while cut off, the instance answers 503 or refuses: never the revoked
			// token's 200
			List<Integer> during = statuses(reader, token, Duration.ofSeconds(2));
			assertThat(during).doesNotContain(200);
		}
		finally {
			relay.restore();
		}
		List<Integer> after = statuses(reader, token, Duration.ofSeconds(6));
		assertThat(after).doesNotContain(200).contains(403);

		// and it listens again: a new token is remembered, and its revocation heard
		String next = mint("after-" + UUID.randomUUID().toString().substring(0, 8));
		rememberedBy(reader, next);
		long revoked = System.nanoTime();
		assertThat(writer.send("DELETE", "/api/v3/core/tokens/" + identifierOf(next) + "/", null).statusCode())
			.isEqualTo(204);
		untilRefused(reader, next);
		assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThan(WITHIN);
	}

	/**
	 * A service account that may view password stages (given to its user directly) and an
	 * API token of it with a key set through {@code set_key}; returns the key.
	 */
	private static String mint(String identifier) throws Exception {
		HttpResponse<String> account = writer.send("POST", "/api/v3/core/users/service_account/",
				"{\"name\": \"" + identifier + "\"}");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
		int user = JSON.readTree(account.body()).get("user_pk").asInt();
		try (java.sql.Connection connection = TestDatabase.connect(database);
				java.sql.PreparedStatement grant = connection.prepareStatement("insert into"
						+ " passwordstage.authentik_rbac_assignment (user_id, permission) values (?, ?)")) {
			grant.setInt(1, user);
			grant.setString(2, "authentik_stages_password.view_passwordstage");
			grant.executeUpdate();
		}
		HttpResponse<String> created = writer.send("POST", "/api/v3/core/tokens/",
				"{\"identifier\": \"" + identifier + "\", \"user\": " + user + ", \"expiring\": false}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String key = "key-" + UUID.randomUUID();
		assertThat(writer.send("POST", "/api/v3/core/tokens/" + identifier + "/set_key/", "{\"key\": \"" + key + "\"}")
			.statusCode()).isEqualTo(204);
		IDENTIFIERS.put(key, identifier);
		return key;
	}

	private static String identifierOf(String key) {
		return IDENTIFIERS.get(key);
	}

	/**
	 * Uses the token on {@code instance} a few times, so that the instance remembers it
	 * (its listener took its lease within a quarter second of starting).
	 */
	private static void rememberedBy(PackagedService instance, String token) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(get(instance, token)).isEqualTo(200);
			Thread.sleep(100);
		}
	}

	/** Returns when {@code instance} refuses {@code token} (fails after 10 s). */
	private static void untilRefused(PackagedService instance, String token) throws Exception {
		long started = System.nanoTime();
		while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10)) {
			if (get(instance, token) == 403) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the token was still accepted after 10 s");
	}

	private static List<Integer> statuses(PackagedService instance, String token, Duration span) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		long end = System.nanoTime() + span.toNanos();
		while (System.nanoTime() < end) {
			statuses.add(get(instance, token));
			Thread.sleep(20);
		}
		return statuses;
	}

	private static int get(PackagedService instance, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + STAGES))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		return PackagedService.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}

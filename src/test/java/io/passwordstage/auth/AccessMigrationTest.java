package io.passwordstage.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.passwordstage.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database at the schema before users and roles (tokens carrying their own permissions)
 * upgrades without loss: every token keeps working with exactly the permissions it had,
 * none widened, as a user of its own (superuser tokens as superusers, the others through
 * a role of their name).
 */
class AccessMigrationTest {

	private static final String SCHEMA = "access_migration";

	private static final String VIEW = ApiPermission.VIEW.value();

	private static final String CHANGE = ApiPermission.CHANGE.value();

	private static JdbcClient jdbc;

	@BeforeAll
	static void upgradeADatabaseWithTokensOfEveryKind() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				TestDatabase.url() + (TestDatabase.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
				TestDatabase.user(), TestDatabase.password());
		Flyway before = Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.cleanDisabled(false)
			.target("4")
			.load();
		before.clean();
		before.migrate();
		jdbc = JdbcClient.create(dataSource);
		token("admin", true, List.of(), null, false);
		token("viewer", false, List.of(VIEW), null, false);
		token("editor", false, List.of(VIEW, CHANGE, VIEW), Instant.now().plusSeconds(3600), true);
		token("nothing", false, List.of(), null, false);
		token("expired", false, List.of(VIEW), Instant.now().minusSeconds(60), true);
		token("x".repeat(200), false, List.of(CHANGE), null, false);
		Flyway.configure().dataSource(dataSource).schemas(SCHEMA).load().migrate();
	}

	private static void token(String identifier, boolean superuser, List<String> permissions, Instant expires,
			boolean expiring) {
		jdbc.sql("""
				insert into authentik_core_token (token_uuid, identifier, key_hash, expires, expiring, superuser,
				permissions) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)""")
			.params(identifier, TokenKeys.digest("key-" + identifier),
					expires == null ? null : java.sql.Timestamp.from(expires), expiring, superuser,
					permissions.toArray(String[]::new))
			.update();
	}

	private static Optional<ApiPrincipal> principal(String identifier) {
		TokenCache cache = new TokenCache();
		return new TokenAuthentication(jdbc, cache).authenticate("key-" + identifier);
	}

	@Test
	void everyTokenKeepsExactlyWhatItHeld() {
		assertThat(principal("admin").orElseThrow().superuser()).isTrue();
		ApiPrincipal viewer = principal("viewer").orElseThrow();
		assertThat(viewer.superuser()).isFalse();
		assertThat(viewer.global()).containsExactly(VIEW);
		assertThat(viewer.objects()).isEmpty();
		assertThat(principal("editor").orElseThrow().global()).containsExactlyInAnyOrder(VIEW, CHANGE);
		assertThat(principal("nothing").orElseThrow().global()).isEmpty();
		assertThat(principal("nothing").orElseThrow().superuser()).isFalse();
		assertThat(principal("expired")).isEmpty();
		ApiPrincipal longName = principal("x".repeat(200)).orElseThrow();
		assertThat(longName.global()).isEqualTo(Set.of(CHANGE));
		assertThat(longName.username()).hasSizeLessThanOrEqualTo(150);
	}

	@Test
	void eachTokenIsAServiceAccountOfItsOwnInARoleOfItsName() {
		Map<String, Object> viewer = jdbc.sql("""
				select u.username, u.type, u.is_superuser, r.name as role from authentik_core_token t
				join authentik_core_user u on u.id = t.user_id
				join authentik_rbac_role_users m on m.user_id = u.id join authentik_rbac_role r on r.uuid = m.role_uuid
				where t.identifier = 'viewer'""").query().singleRow();
		assertThat(viewer).containsEntry("username", "viewer")
			.containsEntry("type", "service_account")
			.containsEntry("is_superuser", false)
			.containsEntry("role", "viewer");
		assertThat(jdbc.sql("select count(distinct user_id) from authentik_core_token").query(Long.class).single())
			.isEqualTo(6);
		assertThat(jdbc.sql("select count(*) from authentik_rbac_role").query(Long.class).single()).isEqualTo(4);
	}

}

package io.passwordstage.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.passwordstage.config.AuthentikProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On start: {@code AUTHENTIK_BOOTSTRAP_TOKEN} becomes a non-expiring superuser token
 * (once, like authentik's bootstrap blueprint); with no variable and no token at all, one
 * is generated and its key printed once. An advisory lock keeps instances starting
 * together from racing. Plain SQL, so that readiness does not wait for the ORM's query
 * machinery to warm up.
 */
@Component
class BootstrapToken implements ApplicationRunner {

	static final String IDENTIFIER = "authentik-bootstrap-token";

	static final String GENERATED_IDENTIFIER = "generated-superuser-token";

	private static final long LOCK_KEY = 0x5041_5353_424F_4F54L;

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

	private final AuthentikProperties properties;

	private final JdbcClient jdbc;

	BootstrapToken(AuthentikProperties properties, JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
		if (properties.bootstrap().isSet()) {
			bootstrapFromEnvironment(properties.bootstrap().token());
		}
		else if (jdbc.sql("select count(*) from authentik_core_token").query(Long.class).single() == 0) {
			String key = TokenKeys.generate();
			save(GENERATED_IDENTIFIER, key, "Generated at first start");
			log.warn("No API token existed: generated superuser token '{}' with key {} (shown only this once)",
					GENERATED_IDENTIFIER, key);
		}
	}

	private void bootstrapFromEnvironment(String key) {
		List<String> stored = jdbc.sql("select key_hash from authentik_core_token where identifier = ?")
			.param(IDENTIFIER)
			.query(String.class)
			.list();
		if (stored.isEmpty()) {
			save(IDENTIFIER, key, "From AUTHENTIK_BOOTSTRAP_TOKEN");
			log.info("Created superuser token '{}' from AUTHENTIK_BOOTSTRAP_TOKEN", IDENTIFIER);
		}
		else if (!TokenKeys.sameDigest(stored.get(0), TokenKeys.digest(key))) {
			log.warn("AUTHENTIK_BOOTSTRAP_TOKEN differs from the stored token '{}'; it is only read when that "
					+ "token does not exist yet, so the stored one stays in force", IDENTIFIER);
		}
	}

	private void save(String identifier, String key, String description) {
		jdbc.sql(
				"""
						insert into authentik_core_token
						(token_uuid, identifier, key_hash, intent, description, expires, expiring, superuser, permissions, created)
						values (?, ?, ?, 'api', ?, null, false, true, '{}', ?)""")
			.params(UUID.randomUUID(), identifier, TokenKeys.digest(key), description, Timestamp.from(Instant.now()))
			.update();
	}

}

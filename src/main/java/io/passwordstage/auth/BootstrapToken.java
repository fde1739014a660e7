package io.passwordstage.auth;

import java.util.Optional;

import io.passwordstage.config.AuthentikProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, before the port opens: {@code AUTHENTIK_BOOTSTRAP_TOKEN} becomes a
 * non-expiring API token of the superuser {@code akadmin} (once, like authentik's
 * bootstrap blueprint); with no variable and no token at all, one is generated and its
 * key printed once. An advisory lock keeps instances starting together from racing.
 */
@Component
class BootstrapToken implements SmartInitializingSingleton {

	static final String IDENTIFIER = "authentik-bootstrap-token";

	static final String GENERATED_IDENTIFIER = "generated-superuser-token";

	/** authentik's first superuser, who owns the bootstrap token. */
	static final String ADMIN = "akadmin";

	private static final long LOCK_KEY = 0x5041_5353_424F_4F54L;

	private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

	private final AuthentikProperties properties;

	private final JdbcClient jdbc;

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final TransactionTemplate transaction;

	BootstrapToken(AuthentikProperties properties, JdbcClient jdbc, ApiTokenRepository tokens, UserRepository users,
			PlatformTransactionManager transactions) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.users = users;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		transaction.executeWithoutResult(status -> run());
	}

	private void run() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
		if (properties.bootstrap().isSet()) {
			bootstrapFromEnvironment(properties.bootstrap().token());
		}
		else if (tokens.count() == 0) {
			String key = TokenKeys.generate();
			save(GENERATED_IDENTIFIER, key, "Generated at first start");
			log.warn("No API token existed: generated superuser token '{}' with key {} (shown only this once)",
					GENERATED_IDENTIFIER, key);
		}
	}

	private void bootstrapFromEnvironment(String key) {
		Optional<ApiTokenEntity> stored = tokens.findByIdentifier(IDENTIFIER);
		if (stored.isEmpty()) {
			save(IDENTIFIER, key, "From AUTHENTIK_BOOTSTRAP_TOKEN");
			log.info("Created superuser token '{}' from AUTHENTIK_BOOTSTRAP_TOKEN", IDENTIFIER);
		}
		else if (!stored.get().hasKey(key)) {
			log.warn("AUTHENTIK_BOOTSTRAP_TOKEN differs from the stored token '{}'; it is only read when that "
					+ "token does not exist yet, so the stored one stays in force", IDENTIFIER);
		}
	}

	private void save(String identifier, String key, String description) {
		UserEntity admin = users.findByUsername(ADMIN)
			.orElseGet(() -> users
				.save(UserEntity.of(ADMIN, "authentik Default Admin", "internal", "users", true, java.util.Map.of())));
		tokens.save(ApiTokenEntity.mint(identifier, key, ApiTokenEntity.INTENT_API, admin.id(), description, null));
	}

}

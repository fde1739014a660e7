package io.passwordstage.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the principal of a request's key: one autocommit query in plain SQL outside any
 * transaction, as it runs on every request (the ORM's session would cost more than the
 * query).
 */
@Component
class TokenAuthentication {

	private final JdbcClient jdbc;

	TokenAuthentication(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The principal of a usable API token with this key, if any. */
	Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		Instant now = Instant.now();
		return jdbc.sql("""
				select identifier, key_hash, intent, expiring, expires, superuser, permissions
				from authentik_core_token where key_hash = ?""").param(digest).query((row, index) -> {
			Timestamp expires = row.getTimestamp("expires");
			boolean usable = ApiTokenEntity.INTENT_API.equals(row.getString("intent"))
					&& (!row.getBoolean("expiring") || (expires != null && expires.toInstant().isAfter(now)))
					&& TokenKeys.sameDigest(row.getString("key_hash"), digest);
			return usable ? new ApiPrincipal(row.getString("identifier"), row.getBoolean("superuser"),
					Set.of((String[]) row.getArray("permissions").getArray())) : null;
		}).list().stream().filter(Objects::nonNull).findFirst();
	}

}

package io.passwordstage.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the principal of a request's key. A token this replica has checked is remembered
 * ({@link TokenCache}: forgotten as soon as PostgreSQL announces a change to it, and not
 * trusted at all while that announcement could be missed); otherwise one autocommit query
 * in plain SQL outside any transaction (the ORM's session would cost more than the
 * query). Expiry is checked on every use.
 */
@Component
class TokenAuthentication {

	private final JdbcClient jdbc;

	private final TokenCache cache;

	TokenAuthentication(JdbcClient jdbc, TokenCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** The principal of a usable API token with this key, if any. */
	Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		Instant now = Instant.now();
		Optional<TokenCache.Checked> remembered = cache.get(digest);
		if (remembered.isPresent()) {
			return remembered.get().usableAt(now) ? Optional.of(remembered.get().principal()) : Optional.empty();
		}
		long readAt = cache.generation();
		Optional<TokenCache.Checked> read = jdbc.sql("""
				select identifier, key_hash, intent, expiring, expires, superuser, permissions
				from authentik_core_token where key_hash = ?""").param(digest).query((row, index) -> {
			if (!ApiTokenEntity.INTENT_API.equals(row.getString("intent"))
					|| !TokenKeys.sameDigest(row.getString("key_hash"), digest)) {
				return null;
			}
			Timestamp expires = row.getTimestamp("expires");
			if (row.getBoolean("expiring") && expires == null) {
				return null;
			}
			return new TokenCache.Checked(
					new ApiPrincipal(row.getString("identifier"), row.getBoolean("superuser"),
							Set.of((String[]) row.getArray("permissions").getArray())),
					row.getBoolean("expiring") ? expires.toInstant() : null);
		}).list().stream().filter(Objects::nonNull).findFirst();
		if (read.isEmpty() || !read.get().usableAt(now)) {
			return Optional.empty();
		}
		cache.put(digest, read.get(), readAt);
		return Optional.of(read.get().principal());
	}

}

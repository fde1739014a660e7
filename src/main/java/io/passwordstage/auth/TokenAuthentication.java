package io.passwordstage.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

	/**
	 * What user {@code u} holds, directly and through its roles: each
	 * {@code app_label.codename}, with the object's key after a space when held on one
	 * object (read by {@link #principal}).
	 */
	private static final String HELD = """
			array(select a.permission || coalesce(' ' || a.object_pk, '') from authentik_rbac_assignment a
			      where a.user_id = u.id or a.role_uuid in
			            (select m.role_uuid from authentik_rbac_role_users m where m.user_id = u.id))
			as permissions
			""";

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
				select t.identifier, t.key_hash, t.intent, t.expiring, t.expires, u.id, u.username, u.is_active,
				       u.is_superuser,
				       """ + HELD + """
				from authentik_core_token t join authentik_core_user u on u.id = t.user_id
				where t.key_hash = ?""").param(digest).query((row, index) -> {
			if (!ApiTokenEntity.INTENT_API.equals(row.getString("intent")) || !row.getBoolean("is_active")
					|| !TokenKeys.sameDigest(row.getString("key_hash"), digest)) {
				return null;
			}
			Timestamp expires = row.getTimestamp("expires");
			if (row.getBoolean("expiring") && expires == null) {
				return null;
			}
			return new TokenCache.Checked(
					principal(row.getInt("id"), row.getString("username"), row.getString("identifier"),
							row.getBoolean("is_superuser"), (String[]) row.getArray("permissions").getArray()),
					row.getBoolean("expiring") ? expires.toInstant() : null);
		}).list().stream().filter(Objects::nonNull).findFirst();
		if (read.isEmpty() || !read.get().usableAt(now)) {
			return Optional.empty();
		}
		cache.put(digest, read.get(), readAt);
		return Optional.of(read.get().principal());
	}

	/**
	 * The principal of the active user named {@code username} (a JWT's), remembered under
	 * the user's name like a token under its digest, and forgotten with every token.
	 */
	Optional<ApiPrincipal> userPrincipal(String username) {
		String key = "user " + username;
		Optional<TokenCache.Checked> remembered = cache.get(key);
		if (remembered.isPresent()) {
			return Optional.of(remembered.get().principal());
		}
		long readAt = cache.generation();
		Optional<TokenCache.Checked> read = jdbc.sql("""
				select u.id, u.username, u.is_superuser,
				       """ + HELD + """
				from authentik_core_user u where u.username = ? and u.is_active""")
			.param(username)
			.query((row,
					index) -> new TokenCache.Checked(
							principal(row.getInt("id"), row.getString("username"), "jwt:" + username,
									row.getBoolean("is_superuser"), (String[]) row.getArray("permissions").getArray()),
							null))
			.optional();
		read.ifPresent(checked -> cache.put(key, checked, readAt));
		return read.map(TokenCache.Checked::principal);
	}

	/**
	 * The principal of a user holding {@code held}: each {@code app_label.codename}, with
	 * the object's primary key after a space when it is held on one object.
	 */
	static ApiPrincipal principal(int userId, String username, String tokenIdentifier, boolean superuser,
			String[] held) {
		Set<String> global = new HashSet<>();
		Map<String, Set<String>> objects = new HashMap<>();
		for (String permission : held) {
			int space = permission.indexOf(' ');
			if (space < 0) {
				global.add(permission);
			}
			else {
				objects.computeIfAbsent(permission.substring(0, space), key -> new HashSet<>())
					.add(permission.substring(space + 1));
			}
		}
		return new ApiPrincipal(userId, username, tokenIdentifier, superuser, Set.copyOf(global), Map.copyOf(objects));
	}

}

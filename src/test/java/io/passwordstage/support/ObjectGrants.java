package io.passwordstage.support;

import java.util.List;
import java.util.UUID;

import io.passwordstage.auth.ApiTokens;

/**
 * Callers holding permissions on single objects, given in SQL as an assignment to the
 * token's user. Grant before the token's first request: the token cache forgets what it
 * checked only when PostgreSQL's notification of the change arrives.
 */
public final class ObjectGrants {

	private ObjectGrants() {
	}

	/**
	 * A token (and its user, named {@code identifier}) holding {@code global} on every
	 * object; returns its key.
	 */
	public static String caller(ApiTokens tokens, String identifier, String... global) {
		return tokens.mint(identifier, "test", null, false, List.of(global));
	}

	/**
	 * A token (and its user) holding {@code permission} on each of the objects
	 * {@code pks} and nothing else; returns its key.
	 */
	public static String callerOn(ApiTokens tokens, String permission, String... pks) {
		String identifier = "object-" + UUID.randomUUID();
		String key = caller(tokens, identifier);
		for (String pk : pks) {
			grant(identifier, permission, pk);
		}
		return key;
	}

	/**
	 * Gives the user named {@code username} {@code permission} on the object {@code pk}.
	 */
	public static void grant(String username, String permission, String pk) {
		TestDatabase.execute("""
				insert into authentik_rbac_assignment (user_id, permission, object_pk)
				select id, ?, ? from authentik_core_user where username = ?""", permission, pk, username);
	}

}

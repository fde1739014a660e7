package io.passwordstage.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * API tokens: authentication by key, and minting, listing and revoking. Keys are stored
 * as digests.
 */
@Service
public class ApiTokens {

	static final String NO_MATCH = "No Token matches the given query.";

	static final String INTENT_API = "api";

	private static final String IDENTIFIER_TAKEN = "Token with this identifier already exists.";

	private static final String COLUMNS = """
			token_uuid, identifier, intent, description, expires, expiring, superuser, permissions
			from authentik_core_token""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The principal of a usable API token with this key, if any. One autocommit query,
	 * outside any transaction: it runs on every request.
	 */
	public Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		Instant now = Instant.now();
		return jdbc.sql("""
				select identifier, key_hash, intent, expiring, expires, superuser, permissions
				from authentik_core_token where key_hash = ?""").param(digest).query((row, index) -> {
			Timestamp expires = row.getTimestamp("expires");
			boolean usable = INTENT_API.equals(row.getString("intent"))
					&& (!row.getBoolean("expiring") || (expires != null && expires.toInstant().isAfter(now)))
					&& TokenKeys.sameDigest(row.getString("key_hash"), digest);
			return usable ? new ApiPrincipal(row.getString("identifier"), row.getBoolean("superuser"),
					Set.of((String[]) row.getArray("permissions").getArray())) : null;
		}).list().stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/**
	 * Creates an API token and returns its key, which is not stored and cannot be shown
	 * again.
	 * @param expires {@code null} for a token that never expires
	 */
	public String mint(String identifier, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		String key = TokenKeys.generate();
		insert(identifier, key, description, expires, superuser, permissions);
		return key;
	}

	/**
	 * Mints a token from an API request; the response is the only place its key appears.
	 */
	Token create(JsonNode body) {
		TokenRequestValidator.NewToken request = new TokenRequestValidator(
				identifier -> jdbc.sql("select exists (select 1 from authentik_core_token where identifier = ?)")
					.param(identifier)
					.query(Boolean.class)
					.single())
			.read(body, Instant.now());
		String key = TokenKeys.generate();
		try {
			return Token.of(insert(request.identifier(), key, request.description(), request.expires(),
					request.superuser(), request.permissions()), key);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent request minted the same identifier between the check and the
			// insert
			throw ValidationFailedException.of("identifier", IDENTIFIER_TAKEN);
		}
	}

	TokenList list(Map<String, String> params) {
		long count = jdbc.sql("select count(*) from authentik_core_token").query(Long.class).single();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<Token> results = jdbc.sql("select " + COLUMNS + " order by identifier offset ? limit ?")
			.params(window.offset(), window.size())
			.query(ApiTokens::token)
			.list();
		return new TokenList(window.pagination(), results, Map.of());
	}

	Token get(String identifier) {
		return jdbc.sql("select " + COLUMNS + " where identifier = ?")
			.param(identifier)
			.query(ApiTokens::token)
			.optional()
			.orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/** Deletes the token: it stops working with the next request. */
	void revoke(String identifier) {
		if (jdbc.sql("delete from authentik_core_token where identifier = ?").param(identifier).update() == 0) {
			throw ApiException.notFound(NO_MATCH);
		}
	}

	private Token insert(String identifier, String key, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant expiry = expires == null ? null : expires.truncatedTo(ChronoUnit.MICROS);
		Token token = new Token(UUID.randomUUID(), identifier, INTENT_API, description, expiry, expires != null,
				superuser, List.copyOf(permissions), null);
		jdbc.sql("""
				insert into authentik_core_token (token_uuid, identifier, key_hash, intent, description, expires,
				expiring, superuser, permissions, created) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token.pk(), identifier, TokenKeys.digest(key), INTENT_API, description,
					new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
							expiry == null ? null : expiry.atOffset(ZoneOffset.UTC)),
					token.expiring(), superuser, permissions.toArray(String[]::new), now.atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	private static Token token(ResultSet row, int index) throws SQLException {
		Timestamp expires = row.getTimestamp(5);
		return new Token(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
				expires == null ? null : expires.toInstant(), row.getBoolean(6), row.getBoolean(7),
				List.of((String[]) row.getArray(8).getArray()), null);
	}

}

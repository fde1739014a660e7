package io.passwordstage.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.PageWindow;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** API tokens: authentication by key, and minting, listing and revoking. Keys are stored as digests. */
@Service
public class ApiTokens {

	static final String NO_MATCH = "No Token matches the given query.";

	private final ApiTokenRepository tokens;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, EntityManager entityManager, JdbcClient jdbc) {
		this.tokens = tokens;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/**
	 * The principal of a usable API token with this key, if any. One autocommit query, outside any
	 * transaction: it runs on every request.
	 */
	public Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		Instant now = Instant.now();
		return jdbc.sql("""
				select identifier, key_hash, intent, expiring, expires, superuser, permissions
				from authentik_core_token where key_hash = ?""")
			.param(digest)
			.query((row, index) -> {
				Timestamp expires = row.getTimestamp("expires");
				boolean usable = ApiTokenEntity.INTENT_API.equals(row.getString("intent"))
						&& (!row.getBoolean("expiring") || (expires != null && expires.toInstant().isAfter(now)))
						&& TokenKeys.sameDigest(row.getString("key_hash"), digest);
				return usable ? new ApiPrincipal(row.getString("identifier"), row.getBoolean("superuser"),
						Set.of((String[]) row.getArray("permissions").getArray())) : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * Creates an API token and returns its key, which is not stored and cannot be shown again.
	 * @param expires {@code null} for a token that never expires
	 */
	@Transactional
	public String mint(String identifier, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		String key = TokenKeys.generate();
		entityManager.persist(new ApiTokenEntity(identifier, TokenKeys.digest(key), description, expires, superuser,
				List.copyOf(permissions)));
		return key;
	}

	/** Mints a token from an API request; the response is the only place its key appears. */
	@Transactional
	Token create(JsonNode body) {
		TokenRequestReader.NewToken request = new TokenRequestReader(identifier -> tokens.findByIdentifier(identifier)
			.isPresent()).read(body, Instant.now());
		String key = TokenKeys.generate();
		ApiTokenEntity token = new ApiTokenEntity(request.identifier(), TokenKeys.digest(key), request.description(),
				request.expires(), request.superuser(), request.permissions());
		entityManager.persist(token);
		entityManager.flush();
		return Token.of(token, key);
	}

	@Transactional(readOnly = true)
	TokenList list(Map<String, String> params) {
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), tokens.count());
		List<Token> results = entityManager
			.createQuery("select t from ApiTokenEntity t order by t.identifier", ApiTokenEntity.class)
			.setFirstResult((int) window.offset())
			.setMaxResults(window.size())
			.getResultStream()
			.map(token -> Token.of(token, null))
			.toList();
		return new TokenList(window.pagination(), results, Map.of());
	}

	@Transactional(readOnly = true)
	Token get(String identifier) {
		return Token.of(find(identifier), null);
	}

	/** Deletes the token: it stops working with the next request. */
	@Transactional
	void revoke(String identifier) {
		entityManager.remove(find(identifier));
	}

	private ApiTokenEntity find(String identifier) {
		return tokens.findByIdentifier(identifier).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

}

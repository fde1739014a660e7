package io.passwordstage.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.Body;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens as authentik manages them: each belongs to a user and acts with its user's
 * permissions. A caller sees and manages its own tokens without any permission
 * (authentik's owner rule); others' need the token permissions. Keys are stored as
 * digests: a key is set with {@code set_key} and never shown.
 */
@Service
public class ApiTokens {

	static final String NO_MATCH = ErrorTexts.NO_TOKEN;

	private final ApiTokenRepository repository;

	private final UserRepository users;

	private final TokenViews views;

	private final TokenRequestValidator validator;

	private final TokenCache cache;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository repository, UserRepository users, TokenViews views, TokenRequestValidator validator,
			TokenCache cache, JdbcClient jdbc) {
		this.repository = repository;
		this.users = users;
		this.views = views;
		this.validator = validator;
		this.cache = cache;
		this.jdbc = jdbc;
	}

	/**
	 * A service account named {@code identifier} holding {@code permissions} globally (or
	 * every permission, as a superuser), with an API token; returns the token's key.
	 * @param expires {@code null} for a token that never expires
	 */
	@Transactional
	public String mint(String identifier, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		UserEntity user = users.save(UserEntity.of(identifier, identifier, UserEntity.SERVICE_ACCOUNT,
				UserEntity.SERVICE_ACCOUNT_PATH, superuser, Map.of()));
		for (String permission : permissions) {
			jdbc.sql("insert into authentik_rbac_assignment (user_id, permission) values (?, ?) on conflict do nothing")
				.params(user.id(), permission)
				.update();
		}
		return issue(identifier, ApiTokenEntity.INTENT_API, user.id(), description, expires);
	}

	/** A new token of {@code userId}'s with a fresh key, which is returned. */
	String issue(String identifier, String intent, int userId, String description, Instant expires) {
		String key = TokenKeys.generate();
		repository.save(ApiTokenEntity.mint(identifier, key, intent, userId, description, expires));
		return key;
	}

	/**
	 * A token from an API request: a superuser may name its user, anyone else makes one
	 * of their own and may then set its key and see it ({@code set_key} and
	 * {@code view_key} permissions on it).
	 */
	@Transactional
	Token create(Body<TokenRequest> body, ApiPrincipal caller) {
		TokenRequestValidator.NewToken request = validator.validate(body.read(), Instant.now(),
				repository::existsByIdentifier);
		int userId = caller.superuser() && request.user() != null ? existingUser(request.user()) : caller.userId();
		ApiTokenEntity token = ApiTokenEntity.mint(request.identifier(), TokenKeys.generate(), request.intent(), userId,
				request.description(), request.expires());
		token.manage(request.managed());
		save(token);
		if (!caller.superuser()) {
			for (ApiPermission permission : List.of(ApiPermission.VIEW_TOKEN_KEY, ApiPermission.SET_TOKEN_KEY)) {
				jdbc.sql("insert into authentik_rbac_assignment (user_id, permission, object_pk) values (?, ?, ?)")
					.params(caller.userId(), permission.value(), token.getId().toString())
					.update();
			}
		}
		return views.show(token);
	}

	/**
	 * PUT and PATCH: what the body sends; only a superuser may give the token to another
	 * user.
	 */
	@Transactional
	Token update(String identifier, Body<TokenRequest> body, boolean partial, ApiPrincipal caller) {
		ApiTokenEntity token = views.writable(identifier, caller, ApiPermission.CHANGE_TOKEN);
		TokenRequest request = body.read();
		validator.validateUpdate(request, partial,
				taken -> !taken.equals(token.identifier()) && repository.existsByIdentifier(taken));
		if (request.user() != null && request.user() != token.userId()) {
			throw ValidationFailedException.of("user", "User cannot be changed");
		}
		token.change(request, null);
		save(token);
		cache.forgetAfterCommit(token.keyHash());
		return views.show(token);
	}

	/**
	 * Deletes the token: it stops working with the next request, on this replica at once
	 * and on the others as soon as PostgreSQL tells them (the table's trigger notifies
	 * them when this transaction commits).
	 */
	@Transactional
	void revoke(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = views.writable(identifier, caller, ApiPermission.DELETE_TOKEN);
		repository.delete(token);
		cache.forgetAfterCommit(token.keyHash());
	}

	/**
	 * Saves the token; an identifier another request took between the check and the write
	 * is the same 400 as one taken before.
	 */
	private void save(ApiTokenEntity token) {
		try {
			repository.saveAndFlush(token);
		}
		catch (DataIntegrityViolationException ex) {
			if ("authentik_core_token_identifier_key".equals(ViolatedConstraint.of(ex))) {
				throw ValidationFailedException.of("identifier", ErrorTexts.TOKEN_IDENTIFIER_TAKEN);
			}
			throw ex;
		}
	}

	private int existingUser(long id) {
		if (id > Integer.MAX_VALUE || id < Integer.MIN_VALUE || !users.existsById((int) id)) {
			throw ValidationFailedException.of("user", "Invalid pk \"" + id + "\" - object does not exist.");
		}
		return (int) id;
	}

}

package io.passwordstage.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import jakarta.validation.Validator;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API tokens as authentik manages them: each belongs to a user and acts with its user's
 * permissions. A caller sees and manages its own tokens without any permission
 * (authentik's owner rule); others' need the token permissions. Keys are stored as
 * digests: a key is set with {@code set_key} and never shown.
 */
@Service
public class ApiTokens {

	static final String NO_MATCH = ErrorTexts.NO_TOKEN;

	static final String KEY_NOT_STORED = "This service stores token keys only as digests, so a key cannot be shown."
			+ " Set a new key with POST /api/v3/core/tokens/{identifier}/set_key/ instead.";

	private final ApiTokenRepository repository;

	private final UserRepository users;

	private final UserReader reader;

	private final TokenRequestValidator validator;

	private final Validator constraints;

	private final TokenCache cache;

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository repository, UserRepository users, UserReader reader, TokenRequestValidator validator,
			Validator constraints, TokenCache cache, JdbcClient jdbc) {
		this.constraints = constraints;
		this.repository = repository;
		this.users = users;
		this.reader = reader;
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
		try {
			repository.saveAndFlush(token);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent request minted the same identifier between the check and the
			// insert
			if ("authentik_core_token_identifier_key".equals(ViolatedConstraint.of(ex))) {
				throw ValidationFailedException.of("identifier", ErrorTexts.TOKEN_IDENTIFIER_TAKEN);
			}
			throw ex;
		}
		if (!caller.superuser()) {
			for (ApiPermission permission : List.of(ApiPermission.VIEW_TOKEN_KEY, ApiPermission.SET_TOKEN_KEY)) {
				jdbc.sql("insert into authentik_rbac_assignment (user_id, permission, object_pk) values (?, ?, ?)")
					.params(caller.userId(), permission.value(), token.getId().toString())
					.update();
			}
		}
		return show(List.of(token)).get(0);
	}

	/**
	 * One page of the tokens the caller may see: all of them with {@code view_token},
	 * otherwise its own.
	 */
	@Transactional(readOnly = true)
	TokenList list(Map<String, String> params, ApiPrincipal caller) {
		TokenQuery query = TokenQuery.of(params, caller.may(ApiPermission.VIEW_TOKEN.value()) ? null : caller.userId());
		long count = query.count(jdbc);
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<UUID> ids = query.page(jdbc, window);
		Map<UUID, ApiTokenEntity> byId = repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ApiTokenEntity::getId, Function.identity()));
		return new TokenList(window.pagination(), show(ids.stream().map(byId::get).toList()), Map.of());
	}

	@Transactional(readOnly = true)
	Token get(String identifier, ApiPrincipal caller) {
		return show(List.of(visible(identifier, caller))).get(0);
	}

	/**
	 * PUT and PATCH: what the body sends; only a superuser may give the token to another
	 * user.
	 */
	@Transactional
	Token update(String identifier, Body<TokenRequest> body, boolean partial, ApiPrincipal caller) {
		ApiTokenEntity token = writable(identifier, caller, ApiPermission.CHANGE_TOKEN);
		TokenRequest request = body.read();
		validator.validateUpdate(request, partial,
				taken -> !taken.equals(token.identifier()) && repository.existsByIdentifier(taken));
		if (request.user() != null && request.user() != token.userId()) {
			throw ValidationFailedException.of("user", "User cannot be changed");
		}
		token.change(request, null);
		try {
			repository.saveAndFlush(token);
		}
		catch (DataIntegrityViolationException ex) {
			if ("authentik_core_token_identifier_key".equals(ViolatedConstraint.of(ex))) {
				throw ValidationFailedException.of("identifier", ErrorTexts.TOKEN_IDENTIFIER_TAKEN);
			}
			throw ex;
		}
		forgetAfterCommit(token.keyHash());
		return show(List.of(token)).get(0);
	}

	/**
	 * Deletes the token: it stops working with the next request, on this replica at once
	 * and on the others as soon as PostgreSQL tells them (the table's trigger notifies
	 * them when this transaction commits).
	 */
	@Transactional
	void revoke(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = writable(identifier, caller, ApiPermission.DELETE_TOKEN);
		repository.delete(token);
		forgetAfterCommit(token.keyHash());
	}

	/** Gives the token a key of the caller's choosing (stored as its digest). */
	@Transactional
	void setKey(String identifier, Body<TokenSetKeyRequest> body, ApiPrincipal caller) {
		ApiTokenEntity token = visible(identifier, caller);
		if (!caller.mayOn(ApiPermission.SET_TOKEN_KEY.value(), token.getId().toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		TokenSetKeyRequest request = body.read();
		FieldErrors.of(request, request.sent().errors(), constraints).throwIfAny();
		String previous = token.keyHash();
		token.setKey(request.key());
		try {
			repository.saveAndFlush(token);
		}
		catch (DataIntegrityViolationException ex) {
			throw ValidationFailedException.of("key", "This key is in use by another token.");
		}
		forgetAfterCommit(previous);
	}

	/** authentik shows the stored key; here only its digest is stored. */
	@Transactional(readOnly = true)
	void viewKey(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = visible(identifier, caller);
		if (!caller.mayOn(ApiPermission.VIEW_TOKEN_KEY.value(), token.getId().toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		throw new ApiException(HttpStatus.BAD_REQUEST, KEY_NOT_STORED.replace("{identifier}", identifier));
	}

	/** The token, if the caller may see it: with {@code view_token}, or its own. */
	private ApiTokenEntity visible(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = repository.findByIdentifier(identifier)
			.orElseThrow(() -> ApiException.notFound(NO_MATCH));
		if (!caller.may(ApiPermission.VIEW_TOKEN.value()) && token.userId() != caller.userId()) {
			throw ApiException.notFound(NO_MATCH);
		}
		return token;
	}

	/**
	 * The token, if the caller may change it: its owner, or with the permission on it.
	 */
	private ApiTokenEntity writable(String identifier, ApiPrincipal caller, ApiPermission permission) {
		ApiTokenEntity token = visible(identifier, caller);
		if (token.userId() != caller.userId() && !caller.mayOn(permission.value(), token.getId().toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return token;
	}

	private int existingUser(long id) {
		if (id > Integer.MAX_VALUE || id < Integer.MIN_VALUE || !users.existsById((int) id)) {
			throw ValidationFailedException.of("user", "Invalid pk \"" + id + "\" - object does not exist.");
		}
		return (int) id;
	}

	private List<Token> show(List<ApiTokenEntity> tokens) {
		Map<Integer, User> owners = reader.show(users.findAllById(tokens.stream().map(ApiTokenEntity::userId).toList()))
			.stream()
			.collect(Collectors.toMap(User::pk, Function.identity()));
		List<Token> shown = new ArrayList<>();
		tokens.forEach(token -> shown.add(token.toToken(owners.get(token.userId()))));
		return shown;
	}

	/**
	 * Who holds what changes in the current transaction (a membership, an assignment, a
	 * role): this replica forgets every token it checked now and when the transaction
	 * ends, so that its next request sees the change; the others forget them when
	 * PostgreSQL announces it.
	 */
	public void accessChanges() {
		cache.forgetEveryToken();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				cache.forgetEveryToken();
			}
		});
	}

	private void forgetAfterCommit(String digest) {
		cache.forget(digest);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				cache.forget(digest);
			}
		});
	}

}

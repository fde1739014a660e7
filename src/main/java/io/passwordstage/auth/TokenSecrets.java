package io.passwordstage.auth;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A token's key: set by the caller with {@code set_key} and stored as its digest, so
 * never shown ({@code view_key} says why and points to {@code set_key}).
 */
@Service
class TokenSecrets {

	static final String KEY_NOT_STORED = "This service stores token keys only as digests, so a key cannot be shown."
			+ " Set a new key with POST /api/v3/core/tokens/{identifier}/set_key/ instead.";

	private final ApiTokenRepository repository;

	private final TokenViews views;

	private final TokenCache cache;

	private final Validator constraints;

	TokenSecrets(ApiTokenRepository repository, TokenViews views, TokenCache cache, Validator constraints) {
		this.repository = repository;
		this.views = views;
		this.cache = cache;
		this.constraints = constraints;
	}

	/** Gives the token a key of the caller's choosing (stored as its digest). */
	@Transactional
	void setKey(String identifier, Body<TokenSetKeyRequest> body, ApiPrincipal caller) {
		ApiTokenEntity token = views.visible(identifier, caller);
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
		cache.forgetAfterCommit(previous);
	}

	/** authentik shows the stored key; here only its digest is stored. */
	@Transactional(readOnly = true)
	void viewKey(String identifier, ApiPrincipal caller) {
		ApiTokenEntity token = views.visible(identifier, caller);
		if (!caller.mayOn(ApiPermission.VIEW_TOKEN_KEY.value(), token.getId().toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		throw new ApiException(HttpStatus.BAD_REQUEST, KEY_NOT_STORED.replace("{identifier}", identifier));
	}

}

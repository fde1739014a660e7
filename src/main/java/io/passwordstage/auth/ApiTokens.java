package io.passwordstage.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import io.passwordstage.web.Body;

/**
 * API tokens: minting, listing and revoking, through the token entity. Keys are stored as
 * digests.
 */
@Service
public class ApiTokens {

	static final String NO_MATCH = ErrorTexts.NO_TOKEN;

	private final ApiTokenRepository repository;

	private final TokenRequestValidator validator;

	private final TokenCache cache;

	ApiTokens(ApiTokenRepository repository, TokenRequestValidator validator, TokenCache cache) {
		this.repository = repository;
		this.validator = validator;
		this.cache = cache;
	}

	/**
	 * Creates an API token and returns its key, which is not stored and cannot be shown
	 * again.
	 * @param expires {@code null} for a token that never expires
	 */
	@Transactional
	public String mint(String identifier, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		String key = TokenKeys.generate();
		repository.save(ApiTokenEntity.mint(identifier, key, description, expires, superuser, permissions));
		return key;
	}

	/**
	 * Mints a token from an API request; the response is the only place its key appears.
	 */
	@Transactional
	Token create(Body<TokenRequest> body) {
		TokenRequestValidator.NewToken request = validator.validate(body.read(), Instant.now(),
				repository::existsByIdentifier);
		String key = TokenKeys.generate();
		ApiTokenEntity token = ApiTokenEntity.mint(request.identifier(), key, request.description(), request.expires(),
				request.superuser(), request.permissions());
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
		return token.toToken(key);
	}

	@Transactional(readOnly = true)
	TokenList list(Map<String, String> params) {
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), repository.count());
		List<Token> results = repository
			.findAllBy(PageRequest.of((int) (window.offset() / window.size()), window.size(), Sort.by("identifier")))
			.stream()
			.map(token -> token.toToken(null))
			.toList();
		return new TokenList(window.pagination(), results, Map.of());
	}

	@Transactional(readOnly = true)
	Token get(String identifier) {
		return repository.findByIdentifier(identifier)
			.map(token -> token.toToken(null))
			.orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/**
	 * Deletes the token: it stops working with the next request, on this replica at once
	 * and on the others as soon as PostgreSQL tells them (the table's trigger notifies
	 * them when this transaction commits).
	 */
	@Transactional
	void revoke(String identifier) {
		ApiTokenEntity token = repository.findByIdentifier(identifier)
			.orElseThrow(() -> ApiException.notFound(NO_MATCH));
		repository.delete(token);
		String digest = token.keyHash();
		cache.forget(digest);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				cache.forget(digest);
			}
		});
	}

}

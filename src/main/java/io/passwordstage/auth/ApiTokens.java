package io.passwordstage.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and creates API tokens; keys are only ever handled as digests once stored. */
@Service
public class ApiTokens {

	private final ApiTokenRepository tokens;

	ApiTokens(ApiTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** The principal of a usable API token with this key, if any. */
	@Transactional(readOnly = true)
	public Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		return tokens.findByKeyHash(digest)
			.filter(token -> TokenKeys.sameDigest(token.keyHash(), digest))
			.filter(token -> token.usableAt(Instant.now()))
			.map(token -> new ApiPrincipal(token.identifier(), token.superuser(),
					new HashSet<>(token.permissions())));
	}

	/**
	 * Creates an API token and returns its key, which is not stored and cannot be shown again.
	 * @param expires {@code null} for a token that never expires
	 */
	@Transactional
	public String mint(String identifier, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		String key = TokenKeys.generate();
		tokens.save(new ApiTokenEntity(identifier, TokenKeys.digest(key), description, expires, superuser,
				List.copyOf(permissions)));
		return key;
	}

}

package io.passwordstage.auth;

import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.passwordstage.config.AuthentikProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Access tokens of the organisation's identity provider, as authentik accepts them: a JWT
 * that Spring Security's decoder accepts (signed by a key the issuer publishes, not
 * expired, the configured issuer and audience) and whose scopes include
 * {@code goauthentik.io/api} acts as the user its username claim names, with that user's
 * permissions. On only when Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt} settings make a decoder. The user's
 * principal is remembered like a token's and forgotten with it.
 */
@Component
class JwtAuthentication {

	private static final Logger log = LoggerFactory.getLogger(JwtAuthentication.class);

	private final IdentityProvider provider;

	private final AuthentikProperties.Jwt settings;

	private final TokenAuthentication tokens;

	private final TokenCache cache;

	JwtAuthentication(IdentityProvider provider, AuthentikProperties properties, TokenAuthentication tokens,
			TokenCache cache) {
		this.cache = cache;
		this.provider = provider;
		this.settings = properties.jwt();
		this.tokens = tokens;
	}

	/**
	 * Whether {@code key} is a JWT this service should judge: JWTs are on and it has a
	 * JWT's three parts with a JSON header. Anything else is looked up as a static token.
	 */
	boolean applies(String key) {
		int first = key.indexOf('.');
		int second = first < 0 ? -1 : key.indexOf('.', first + 1);
		if (second < 0 || key.indexOf('.', second + 1) >= 0 || !provider.configured()) {
			return false;
		}
		try {
			return new String(Base64.getUrlDecoder().decode(key.substring(0, first))).strip().startsWith("{");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The principal of a valid JWT's user, if any (why not: at debug level, never the
	 * JWT). A JWT once accepted is remembered until it expires, by its digest, like a
	 * static token: its signature is checked once, and it is forgotten with every token
	 * when who holds what changes.
	 */
	Optional<ApiPrincipal> authenticate(String key) {
		String digest = TokenKeys.digest(key);
		Optional<TokenCache.Checked> remembered = cache.get(digest);
		if (remembered.isPresent() && remembered.get().usableAt(Instant.now())) {
			return Optional.of(remembered.get().principal());
		}
		long readAt = cache.generation();
		Jwt jwt;
		try {
			jwt = provider.decoder().decode(key);
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.debug("JWT refused: {}", ex.getMessage());
			return Optional.empty();
		}
		if (!scopes(jwt).contains(settings.scope())) {
			log.debug("JWT refused: its scopes lack {}", settings.scope());
			return Optional.empty();
		}
		String username = jwt.getClaimAsString(settings.usernameClaim());
		if (username == null || username.isBlank()) {
			log.debug("JWT refused: no {} claim", settings.usernameClaim());
			return Optional.empty();
		}
		Optional<ApiPrincipal> principal = tokens.userPrincipal(username);
		if (principal.isEmpty()) {
			log.debug("JWT refused: no active user {}", username);
		}
		principal.ifPresent(user -> cache.put(digest, new TokenCache.Checked(user, jwt.getExpiresAt()), readAt));
		return principal;
	}

	/** {@code scope} (space-separated) or {@code scp} (a list or space-separated). */
	private static Collection<String> scopes(Jwt jwt) {
		for (String claim : List.of("scope", "scp")) {
			Object value = jwt.getClaims().get(claim);
			if (value instanceof String text) {
				return List.of(text.split(" "));
			}
			if (value instanceof Collection<?> list) {
				return list.stream().map(String::valueOf).toList();
			}
		}
		return List.of();
	}

}

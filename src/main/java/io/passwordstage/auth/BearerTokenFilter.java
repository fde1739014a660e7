package io.passwordstage.auth;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.passwordstage.persistence.LostConnection;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.JsonErrors;
import io.passwordstage.web.RequestIdFilter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parses {@code Authorization} as authentik does: no header, an empty one or one without
 * a space means anonymous; any scheme but {@code Bearer} (case-insensitive) and any
 * unknown, expired or non-API token are a 403 before anything else runs. A JWT (when JWTs
 * are on) is judged by {@link JwtAuthentication}, any other key is a static token's.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final TokenAuthentication tokens;

	private final JwtAuthentication jwts;

	BearerTokenFilter(TokenAuthentication tokens, JwtAuthentication jwts) {
		this.tokens = tokens;
		this.jwts = jwts;
	}

	/** Longer credentials are refused unread: a static key, or a JWT with its claims. */
	private static final int MAX_KEY = 8192;

	private static final String PRINCIPAL = BearerTokenFilter.class.getName() + ".principal";

	/**
	 * A request dispatched again once its body arrived runs as the caller its token named
	 * when it came in.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			runAs((ApiPrincipal) request.getAttribute(PRINCIPAL), request, response, chain);
			return;
		}
		String header = request.getHeader("Authorization");
		String raw = header == null ? "" : header.strip();
		int space = raw.indexOf(' ');
		if (space < 0) {
			chain.doFilter(request, response);
			return;
		}
		if (!raw.substring(0, space).equalsIgnoreCase("bearer")) {
			reject(response, ErrorTexts.UNSUPPORTED_AUTHENTICATION);
			return;
		}
		String key = raw.substring(space + 1);
		ApiPrincipal principal;
		try {
			principal = key.isEmpty() || key.length() > MAX_KEY ? null
					: (jwts.applies(key) ? jwts.authenticate(key) : tokens.authenticate(key)).orElse(null);
		}
		catch (DataAccessException | TransactionException ex) {
			RequestIdFilter.unavailable(request, "token lookup, " + LostConnection.describe(ex));
			JsonErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorTexts.DATABASE_UNAVAILABLE);
			return;
		}
		if (principal == null) {
			reject(response, ErrorTexts.TOKEN_INVALID);
			return;
		}
		request.setAttribute(PRINCIPAL, principal);
		runAs(principal, request, response, chain);
	}

	private static void runAs(ApiPrincipal principal, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		if (principal == null) {
			chain.doFilter(request, response);
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void reject(HttpServletResponse response, String detail) throws IOException {
		JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, detail);
	}

}

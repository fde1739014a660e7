package io.passwordstage.event;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who makes a write and through which request: what its audit events record. Routes
 * receive it as an argument and hand it to the service, which hands it to the audit
 * trail.
 */
public record Caller(String tokenIdentifier, String clientIp, String path, String method, String userAgent,
		String requestId) {

	/** A write no request asked for (start-up, a test calling a service). */
	public static final Caller NONE = new Caller(null, null, null, null, null, null);

	static Caller of(HttpServletRequest request, ApiPrincipal principal) {
		return new Caller(principal == null ? null : principal.tokenIdentifier(), request.getRemoteAddr(),
				request.getRequestURI(), request.getMethod(), String.valueOf(request.getHeader("User-Agent")),
				RequestIdFilter.of(request));
	}

}

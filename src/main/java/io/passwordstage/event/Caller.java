package io.passwordstage.event;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who makes a write and through which request: what its audit events record. Routes
 * receive it as an argument and hand it to the service, which hands it to the audit
 * trail. {@code changes}, when set, is also told of every change the audit trail records
 * for this caller (a blueprint import's plan is made of them).
 */
public record Caller(String tokenIdentifier, String clientIp, String path, String method, String userAgent,
		String requestId, Consumer<ModelChange> changes) {

	/** A write no request asked for (start-up, a test calling a service). */
	public static final Caller NONE = new Caller(null, null, null, null, null, null, null);

	static Caller of(HttpServletRequest request, ApiPrincipal principal) {
		return new Caller(principal == null ? null : principal.tokenIdentifier(), request.getRemoteAddr(),
				request.getRequestURI(), request.getMethod(), String.valueOf(request.getHeader("User-Agent")),
				RequestIdFilter.of(request), null);
	}

	/** This caller, with the changes recorded for it also given to {@code changes}. */
	public Caller reportingTo(Consumer<ModelChange> changes) {
		return new Caller(tokenIdentifier, clientIp, path, method, userAgent, requestId, changes);
	}

	/**
	 * A change the audit trail recorded: the event's action, the model
	 * ({@code app_label.model_name}), the object's pk and the event's diff.
	 */
	public record ModelChange(String action, String model, UUID pk, Map<String, Object> diff) {
	}

}

package io.passwordstage.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.web.CurrentRequest;
import io.passwordstage.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes authentik's audit events ({@code model_created}, {@code model_updated},
 * {@code model_deleted}) inside the caller's transaction, so an event exists exactly when
 * the change it describes was committed.
 */
@Component
public class AuditTrail {

	private final JsonMapper json;

	private final AuditEventRepository events;

	private final PermissionCheck access;

	AuditTrail(AuditEventRepository events, PermissionCheck access, JsonMapper json) {
		this.events = events;
		this.json = json;
		this.access = access;
	}

	/**
	 * Records a change of a model object, e.g.
	 * {@code ("model_created", "authentik_stages_password", "passwordstage", id, name)},
	 * in the transaction that makes the change (checked here rather than by a proxy,
	 * which cost more than the check on every write).
	 */
	public void modelChanged(String action, String app, String modelName, UUID pk, String name) {
		modelChanged(action, app, modelName, pk, name, Map.of(), Map.of());
	}

	/**
	 * Records a change with what it changed: authentik Enterprise's {@code context.diff}
	 * between the object's state before and after the write (an empty state before a
	 * create and after a delete), unchanged fields left out.
	 */
	public void modelChanged(String action, String app, String modelName, UUID pk, String name,
			Map<String, Object> before, Map<String, Object> after) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("an audit event is written in the transaction of the change it records");
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("app", app);
		model.put("model_name", modelName);
		model.put("pk", pk.toString().replace("-", ""));
		model.put("name", name);
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("model", model);
		if (!before.isEmpty() || !after.isEmpty()) {
			context.put("diff", AuditDiff.between(before, after));
		}
		HttpServletRequest request = CurrentRequest.get();
		String requestId = request == null ? null : RequestIdFilter.of(request);
		if (request != null) {
			Map<String, Object> http = new LinkedHashMap<>();
			http.put("path", request.getRequestURI());
			http.put("method", request.getMethod());
			http.put("user_agent", String.valueOf(request.getHeader("User-Agent")));
			http.put("request_id", requestId);
			context.put("http_request", http);
		}
		ApiPrincipal principal = access.current();
		events.save(new AuditEventEntity(action, "authentik.events.middleware", json.writeValueAsString(context),
				principal == null ? null : principal.tokenIdentifier(),
				request == null ? null : request.getRemoteAddr(), requestId));
	}

}

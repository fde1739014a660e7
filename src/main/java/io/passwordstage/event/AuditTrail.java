package io.passwordstage.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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

	AuditTrail(AuditEventRepository events, JsonMapper json) {
		this.events = events;
		this.json = json;
	}

	/**
	 * Records a change with what it changed: authentik Enterprise's {@code context.diff}
	 * between the object's state before and after the write (an empty state before a
	 * create and after a delete), unchanged fields left out.
	 * @return that diff
	 */
	public Map<String, Object> modelChanged(Caller caller, String action, String app, String modelName, UUID pk,
			String name, Map<String, Object> before, Map<String, Object> after) {
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
		Map<String, Object> diff = AuditDiff.between(before, after);
		if (!before.isEmpty() || !after.isEmpty()) {
			context.put("diff", diff);
		}
		if (caller.path() != null) {
			Map<String, Object> http = new LinkedHashMap<>();
			http.put("path", caller.path());
			http.put("method", caller.method());
			http.put("user_agent", caller.userAgent());
			http.put("request_id", caller.requestId());
			context.put("http_request", http);
		}
		events.save(new AuditEventEntity(action, "authentik.events.middleware", json.writeValueAsString(context),
				caller.tokenIdentifier(), caller.clientIp(), caller.requestId()));
		return diff;
	}

}

package io.passwordstage.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes authentik's audit events ({@code model_created}, {@code model_updated},
 * {@code model_deleted}) inside the caller's transaction, so an event exists exactly when
 * the change it describes was committed.
 */
@Component
public class AuditTrail {

	/** authentik's default event retention. */
	private static final long RETENTION_DAYS = 365;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PermissionCheck access;

	AuditTrail(JdbcClient jdbc, PermissionCheck access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * Records a change of a model object, e.g.
	 * {@code ("model_created", "authentik_stages_password", "passwordstage", id, name)},
	 * in the transaction that makes the change (checked here rather than by a proxy,
	 * which cost more than the check on every write).
	 */
	public void modelChanged(String action, String app, String modelName, UUID pk, String name) {
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
		HttpServletRequest request = currentRequest();
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
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into authentik_events_event
				(event_uuid, action, app, context, token_identifier, client_ip, request_id, created, expires)
				values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), action, "authentik.events.middleware", JSON.writeValueAsString(context),
					principal == null ? null : principal.tokenIdentifier(),
					request == null ? null : request.getRemoteAddr(), requestId, Timestamp.from(now),
					Timestamp.from(now.plus(RETENTION_DAYS, ChronoUnit.DAYS)))
			.update();
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}

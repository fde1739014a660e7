package io.passwordstage.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.web.PageWindow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail at authentik's {@code /api/v3/events/events/}, newest first, filterable
 * by action.
 */
@RestController
@RequestMapping("/api/v3/events/events/")
@Tag(name = "events")
class EventController {

	static final String VIEW = "authentik_events.view_event";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PermissionCheck access;

	EventController(JdbcClient jdbc, PermissionCheck access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(operationId = "events_events_list", description = "Event Read-Only Viewset",
			security = @SecurityRequirement(name = "authentik"))
	EventList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		access.requireOnCollection(VIEW);
		String action = params.get("action");
		boolean filtered = action != null && !action.isEmpty() && action.indexOf('\0') < 0;
		String where = filtered ? " where action = :action" : "";
		var count = jdbc.sql("select count(*) from authentik_events_event" + where);
		long total = (filtered ? count.param("action", action) : count).query(Long.class).single();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), total);
		var select = jdbc
			.sql("select * from authentik_events_event" + where
					+ " order by created desc, event_uuid limit :limit offset :offset")
			.param("limit", window.size())
			.param("offset", window.offset());
		List<Event> events = (filtered ? select.param("action", action) : select).query(EventController::event).list();
		return new EventList(window.pagination(), events, Map.of());
	}

	private static Event event(ResultSet row, int index) throws SQLException {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", row.getString("token_identifier"));
		user.put("token", row.getString("token_identifier"));
		Map<String, Object> context = JSON.readValue(row.getString("context"), new TypeReference<>() {
		});
		return new Event(row.getObject("event_uuid", UUID.class), user, row.getString("action"), row.getString("app"),
				context, row.getString("client_ip"), row.getTimestamp("created").toInstant(),
				row.getTimestamp("expires").toInstant());
	}

}

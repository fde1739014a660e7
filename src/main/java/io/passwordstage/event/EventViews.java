package io.passwordstage.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.web.PageWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's read model: a page of events in plain SQL, newest first, optionally
 * of one action.
 */
@Component
class EventViews {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EventViews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	EventList page(Map<String, String> params) {
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
		List<Event> events = (filtered ? select.param("action", action) : select).query(this::event).list();
		return new EventList(window.pagination(), events, Map.of());
	}

	private Event event(ResultSet row, int index) throws SQLException {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", row.getString("token_identifier"));
		user.put("token", row.getString("token_identifier"));
		Map<String, Object> context = json.readValue(row.getString("context"), new TypeReference<>() {
		});
		return new Event(row.getObject("event_uuid", UUID.class), user, row.getString("action"), row.getString("app"),
				context, row.getString("client_ip"), row.getTimestamp("created").toInstant(),
				row.getTimestamp("expires").toInstant());
	}

}

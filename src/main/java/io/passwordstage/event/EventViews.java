package io.passwordstage.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.VisibleObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's read model: a page of events in plain SQL, newest first, filtered as
 * authentik's event filters do ({@code action} as a substring, and the changed object's
 * app, model name and pk).
 */
@Component
class EventViews {

	/**
	 * authentik's {@code context_model_app}, {@code _name} and {@code _pk} filters, by
	 * the key they read in {@code context.model}.
	 */
	private static final Map<String, String> MODEL_FILTERS = Map.of("context_model_app", "app", "context_model_name",
			"model_name", "context_model_pk", "pk");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EventViews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A page of the events the filters select, of those the caller may view
	 * ({@code visible}: their keys, {@code null} for all).
	 */
	EventList page(Map<String, String> params, Set<String> visible) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (visible != null) {
			where.append(" and ").append(VisibleObjects.condition("event_uuid"));
			parameters.put(VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		}
		String action = params.get("action");
		if (present(action)) {
			where.append(" and lower(action) like :action escape '\\'");
			parameters.put("action", SearchTerms.likePattern(action));
		}
		for (var filter : MODEL_FILTERS.entrySet()) {
			String field = filter.getValue();
			String value = params.get(filter.getKey());
			if (present(value)) {
				where.append(" and context -> 'model' ->> '").append(field).append("' = :").append(field);
				parameters.put(field, field.equals("pk") ? value.replace("-", "") : value);
			}
		}
		var count = jdbc.sql("select count(*) from authentik_events_event" + where);
		parameters.forEach(count::param);
		long total = count.query(Long.class).single();
		if (total == 0 && visible != null) {
			VisibleObjects.requireSome(jdbc
				.sql("select count(*) from authentik_events_event where " + VisibleObjects.condition("event_uuid"))
				.param(VisibleObjects.PARAMETER, VisibleObjects.keys(visible))
				.query(Long.class)
				.single());
		}
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), total);
		var select = jdbc
			.sql("select * from authentik_events_event" + where
					+ " order by created desc, event_uuid limit :limit offset :offset")
			.param("limit", window.size())
			.param("offset", window.offset());
		parameters.forEach(select::param);
		return new EventList(window.pagination(), select.query(this::event).list(), Map.of());
	}

	/** A value to filter on: not empty, and no NUL (which no stored text holds). */
	private static boolean present(String value) {
		return value != null && !value.isEmpty() && value.indexOf('\0') < 0;
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

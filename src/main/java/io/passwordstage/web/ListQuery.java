package io.passwordstage.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL a list's query parameters make ({@link ListFilter} reads them): a condition
 * whose values are bound parameters, never SQL text, and an order, counted or paged; or,
 * when a filter no row can satisfy was given, an empty list without asking the database.
 */
public final class ListQuery {

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final String orderBy;

	private final String key;

	private boolean matchesNothing;

	ListQuery(String orderBy, String key) {
		this.orderBy = orderBy;
		this.key = key;
	}

	/** One more condition, {@code value} bound as {@code parameter}. */
	void and(String sql, String parameter, Object value) {
		where.append(" and ").append(sql);
		parameters.put(parameter, value);
	}

	void matchNothing() {
		matchesNothing = true;
	}

	/**
	 * authentik's object filter: only the objects the caller may view ({@code null}:
	 * every one, and no condition).
	 */
	public ListQuery visibleOnly(Set<String> visible) {
		if (visible != null) {
			and(VisibleObjects.condition(key), VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		}
		return this;
	}

	/**
	 * The rows the condition keeps of {@code count}, {@code "select count(*) from …"}.
	 */
	public long count(JdbcClient jdbc, String count) {
		return jdbc.sql(count + where).params(parameters).query(Long.class).single();
	}

	/** A page of {@code select}'s rows ({@code "select … from …"}) in the order. */
	public <T> List<T> page(JdbcClient jdbc, String select, long offset, int limit, RowMapper<T> rows) {
		return jdbc.sql(select + where + orderBy + " offset :offset limit :limit")
			.params(parameters)
			.param("offset", offset)
			.param("limit", limit)
			.query(rows)
			.list();
	}

	public boolean matchesNothing() {
		return matchesNothing;
	}

	/** The condition, {@code " where …"}. */
	public String where() {
		return where.toString();
	}

	/** The order, {@code " order by …"}. */
	public String orderBy() {
		return orderBy;
	}

	public Map<String, Object> parameters() {
		return parameters;
	}

}

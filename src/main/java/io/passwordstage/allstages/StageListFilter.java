package io.passwordstage.allstages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.VisibleObjects;

/**
 * The list's {@code name} filter, {@code search} and {@code ordering}, parsed as
 * authentik's filter backends do for the stage viewset, as an SQL condition and order
 * over {@code authentik_flows_stage s}. Values are bound parameters, never SQL text.
 */
final class StageListFilter {

	private static final Map<String, String> ORDERABLE = Map.of("pk", "s.stage_uuid", "name", "s.name");

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final String orderBy;

	private boolean matchesNothing;

	private StageListFilter(String orderBy) {
		this.orderBy = orderBy;
	}

	static StageListFilter parse(Map<String, String> params) {
		StageListFilter filter = new StageListFilter(
				OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("s.name asc"), "s.stage_uuid"));
		String name = params.get("name");
		if (name != null && !name.isEmpty()) {
			filter.matchesNothing = name.indexOf('\0') >= 0;
			filter.condition("s.name = :name", "name", name);
		}
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String key = "term" + filter.parameters.size();
			filter.condition("lower(s.name) like :" + key + " escape '\\'", key, pattern);
		}
		return filter;
	}

	/**
	 * authentik's object filter: only the stages the caller may view ({@code null}: every
	 * one, and no condition).
	 */
	StageListFilter visibleOnly(Set<String> visible) {
		if (visible != null) {
			condition(VisibleObjects.condition("s.stage_uuid"), VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		}
		return this;
	}

	private void condition(String sql, String key, Object value) {
		where.append(" and ").append(sql);
		parameters.put(key, value);
	}

	boolean matchesNothing() {
		return matchesNothing;
	}

	String where() {
		return where.toString();
	}

	String orderBy() {
		return orderBy;
	}

	Map<String, Object> parameters() {
		return parameters;
	}

}

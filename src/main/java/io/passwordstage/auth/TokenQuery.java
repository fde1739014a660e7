package io.passwordstage.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token list's filters, search and ordering, as authentik's token viewset has them,
 * in SQL with bound values; restricted to one user's tokens for a caller who may not view
 * every token.
 */
final class TokenQuery {

	private static final Map<String, String> ORDERABLE = Map.of("identifier", "t.identifier", "intent", "t.intent",
			"description", "t.description", "expires", "t.expires", "expiring", "t.expiring", "managed", "t.managed",
			"pk", "t.token_uuid", "user", "t.user_id");

	private static final Map<String, String> EXACT = Map.of("identifier", "t.identifier", "intent", "t.intent",
			"description", "t.description", "managed", "t.managed", "user__username", "u.username");

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private String orderBy;

	static TokenQuery of(Map<String, String> params, Integer onlyUser) {
		TokenQuery query = new TokenQuery();
		query.orderBy = OrderingTerms.orderBy(params.get("ordering"), ORDERABLE,
				List.of("t.identifier asc", "t.expires asc"), "t.token_uuid");
		if (onlyUser != null) {
			query.condition("t.user_id = :owner", "owner", onlyUser);
		}
		EXACT.forEach((name, column) -> {
			String value = params.get(name);
			if (value != null && !value.isEmpty()) {
				query.condition(column + " = :" + name, name, value.replace("\0", ""));
			}
		});
		String expiring = params.get("expiring");
		if (expiring != null && List.of("true", "false").contains(expiring.toLowerCase(Locale.ROOT))) {
			query.condition("t.expiring = :expiring", "expiring", Boolean.parseBoolean(expiring));
		}
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String key = "term" + query.parameters.size();
			query.condition("(lower(t.identifier) like :" + key + " escape '\\' or lower(t.intent) like :" + key
					+ " escape '\\' or lower(u.username) like :" + key + " escape '\\' or lower(t.description) like :"
					+ key + " escape '\\')", key, pattern);
		}
		return query;
	}

	long count(JdbcClient jdbc) {
		return jdbc
			.sql("select count(*) from authentik_core_token t join authentik_core_user u on u.id = t.user_id" + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	List<UUID> page(JdbcClient jdbc, PageWindow window) {
		return jdbc
			.sql("select t.token_uuid from authentik_core_token t join authentik_core_user u on u.id = t.user_id"
					+ where + orderBy + " limit :limit offset :offset")
			.params(parameters)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query(UUID.class)
			.list();
	}

	private void condition(String sql, String key, Object value) {
		where.append(" and ").append(sql);
		parameters.put(key, value);
	}

}

package io.passwordstage.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;

/**
 * The user list's filters, search and ordering, as authentik's user viewset has them, in
 * SQL with bound values. Filters on groups match nothing: this service has no groups.
 */
final class UserQuery {

	private static final Map<String, String> ORDERABLE = Map.of("username", "u.username", "name", "u.name", "is_active",
			"u.is_active", "date_joined", "u.date_joined", "last_updated", "u.last_updated", "last_login",
			"u.last_login", "type", "u.type", "email", "u.email", "pk", "u.id", "path", "u.path");

	private static final Map<String, String> EXACT = Map.of("username", "u.username", "name", "u.name", "email",
			"u.email", "path", "u.path");

	private static final Map<String, String> INSTANTS = Map.of("date_joined", "u.date_joined", "last_updated",
			"u.last_updated", "last_login", "u.last_login");

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private String orderBy;

	static UserQuery of(MultiValueMap<String, String> params, Set<String> visible) {
		UserQuery query = new UserQuery();
		query.orderBy = OrderingTerms.orderBy(params.getFirst("ordering"), ORDERABLE, List.of("u.username asc"),
				"u.id");
		if (visible != null) {
			query.condition("u.id::text = any(:visible)", "visible", visible.toArray(String[]::new));
		}
		EXACT.forEach((name, column) -> {
			String value = params.getFirst(name);
			if (value != null && !value.isEmpty()) {
				query.condition(column + " = :" + name, name, value.replace("\0", ""));
			}
		});
		String start = params.getFirst("path_startswith");
		if (start != null && !start.isEmpty()) {
			query.condition("u.path like :pathStart escape '\\'", "pathStart",
					SearchTerms.likePattern(start).substring(1).replace("%", "") + "%");
		}
		List<String> types = params.getOrDefault("type", List.of());
		if (!types.isEmpty()) {
			query.condition("u.type = any(:types)", "types", types.toArray(String[]::new));
		}
		for (String flag : List.of("is_active", "is_superuser")) {
			String value = params.getFirst(flag);
			if (value != null && List.of("true", "false").contains(value.toLowerCase(Locale.ROOT))) {
				query.condition("u." + flag + " = :" + flag, flag, Boolean.parseBoolean(value));
			}
		}
		String uuid = params.getFirst("uuid");
		if (uuid != null && !uuid.isEmpty()) {
			UUID parsed = DrfUuids.parseUuid(uuid);
			query.condition("u.uuid = :uuid", "uuid", parsed == null ? new UUID(0, 0) : parsed);
		}
		for (String groups : List.of("groups_by_name", "groups_by_pk")) {
			if (!params.getOrDefault(groups, List.of()).isEmpty()) {
				query.where.append(" and false");
			}
		}
		List<UUID> roles = params.getOrDefault("roles_by_pk", List.of())
			.stream()
			.map(DrfUuids::parseUuid)
			.filter(java.util.Objects::nonNull)
			.toList();
		if (!roles.isEmpty()) {
			query.condition(
					"u.id in (select m.user_id from authentik_rbac_role_users m where m.role_uuid = any(:roles))",
					"roles", roles.toArray(UUID[]::new));
		}
		List<String> roleNames = params.getOrDefault("roles_by_name", List.of());
		if (!roleNames.isEmpty()) {
			query.condition(
					"u.id in (select m.user_id from authentik_rbac_role_users m join authentik_rbac_role r"
							+ " on r.uuid = m.role_uuid where r.name = any(:roleNames))",
					"roleNames", roleNames.toArray(String[]::new));
		}
		INSTANTS.forEach((name, column) -> {
			for (String suffix : List.of("", "__gt", "__lt")) {
				String value = params.getFirst(name + suffix);
				if (value != null && !value.isEmpty()) {
					String key = name + suffix.replace("__", "_");
					String operator = suffix.isEmpty() ? "=" : suffix.equals("__gt") ? ">" : "<";
					query.condition(column + " " + operator + " :" + key, key, instant(name + suffix, value));
				}
			}
		});
		for (String pattern : SearchTerms.likePatterns(params.getFirst("search"))) {
			String key = "term" + query.parameters.size();
			query.condition("(lower(u.username) like :" + key + " escape '\\' or lower(u.name) like :" + key
					+ " escape '\\' or lower(u.email) like :" + key + " escape '\\')", key, pattern);
		}
		return query;
	}

	/** A date-time filter's value, or django-filter's 400. */
	private static java.sql.Timestamp instant(String filter, String value) {
		try {
			return java.sql.Timestamp
				.from(TokenRequestValidator.dateTime(tools.jackson.databind.node.StringNode.valueOf(value)));
		}
		catch (io.passwordstage.web.FieldInvalid ex) {
			throw io.passwordstage.web.ValidationFailedException.of(filter, "Enter a valid date/time.");
		}
	}

	long count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from authentik_core_user u" + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	List<Integer> page(JdbcClient jdbc, PageWindow window) {
		return jdbc.sql("select u.id from authentik_core_user u" + where + orderBy + " limit :limit offset :offset")
			.params(parameters)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query(Integer.class)
			.list();
	}

	private void condition(String sql, String key, Object value) {
		where.append(" and ").append(sql);
		parameters.put(key, value);
	}

}

package io.passwordstage.rbac;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.auth.UserRole;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The role list, in SQL with bound values: only the roles the caller may view, with the
 * line's filters (2025's {@code group__name}; 2026's {@code name}, {@code users},
 * {@code groups}, {@code managed}, {@code managed__isnull}), search on the name and
 * ordering by it.
 */
@Component
class RoleViews {

	private static final Map<String, String> ORDERABLE = Map.of("pk", "r.uuid", "name", "r.name");

	/** django-filter's false values of a boolean filter. */
	private static final Set<String> NO = Set.of("false", "False", "0");

	private final JdbcClient jdbc;

	private final ApiSchema schema;

	RoleViews(JdbcClient jdbc, ApiSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
	}

	/**
	 * @param visible the uuids of the roles the caller may view, {@code null} for all
	 */
	RoleList list(Map<String, String> params, Set<String> visible) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> values = new LinkedHashMap<>();
		if (visible != null) {
			where.append(" and r.uuid::text = any(:visible)");
			values.put("visible", visible.toArray(String[]::new));
		}
		String name = params.get(schema.has(Difference.USER_PERMISSIONS) ? "group__name" : "name");
		if (name != null && !name.isEmpty()) {
			where.append(" and r.name = :name");
			values.put("name", name.replace("\0", ""));
		}
		if (schema.has(Difference.ROLE_MEMBERS)) {
			filter2026(params, where, values);
		}
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String key = "term" + values.size();
			where.append(" and lower(r.name) like :").append(key).append(" escape '\\'");
			values.put(key, pattern);
		}
		long count = jdbc.sql("select count(*) from authentik_rbac_role r" + where)
			.params(values)
			.query(Long.class)
			.single();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		String orderBy = OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("r.name asc"), "r.uuid");
		List<UserRole> roles = jdbc
			.sql("select r.uuid, r.name from authentik_rbac_role r" + where + orderBy + " limit :limit offset :offset")
			.params(values)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query((row, index) -> new UserRole(row.getObject(1, UUID.class), row.getString(2)))
			.list();
		return new RoleList(window.pagination(), roles, Map.of());
	}

	/**
	 * 2026's filters: a user's roles (there are no groups here, so {@code inherited} adds
	 * none and a group has no roles); no role is managed.
	 */
	private static void filter2026(Map<String, String> params, StringBuilder where, Map<String, Object> values) {
		String users = params.get("users");
		if (users != null && !users.isEmpty()) {
			BigInteger id = DrfCoercion.pythonInt(users.replaceFirst("\\.0*$", ""));
			if (id == null) {
				throw ValidationFailedException.of("users", ErrorTexts.FILTER_NUMBER);
			}
			where
				.append(" and r.uuid in (select m.role_uuid from authentik_rbac_role_users m where m.user_id = :user)");
			values.put("user", id.bitLength() > 31 ? -1 : id.intValue());
		}
		String groups = params.get("groups");
		String managed = params.get("managed");
		if (managed != null && !managed.isEmpty()) {
			throw ValidationFailedException.of("managed", ErrorTexts.filterChoice(managed));
		}
		if (groups != null && !groups.isEmpty() || NO.contains(String.valueOf(params.get("managed__isnull")))) {
			where.append(" and false");
		}
	}

}

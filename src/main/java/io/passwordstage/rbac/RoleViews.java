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
import io.passwordstage.web.VisibleObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of roles, in SQL with bound values: only the roles the caller may view, searched
 * and ordered by name; the role list with the line's filters (2025's {@code group__name};
 * 2026's {@code name}, {@code users}, {@code groups}, {@code managed},
 * {@code managed__isnull}), search on the name and ordering by it.
 */
@Component
class RoleViews {

	/**
	 * The role serializers' fields: a role's {@code pk}, or {@code role_pk} in
	 * assignments.
	 */
	private static final Map<String, String> ORDERABLE = Map.of("pk", "r.uuid", "role_pk", "r.uuid", "name", "r.name");

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
		StringBuilder where = new StringBuilder("true");
		Map<String, Object> values = new LinkedHashMap<>();
		String name = params.get(schema.has(Difference.USER_PERMISSIONS) ? "group__name" : "name");
		if (name != null && !name.isEmpty()) {
			where.append(" and r.name = :name");
			values.put("name", name.replace("\0", ""));
		}
		if (schema.has(Difference.ROLE_MEMBERS)) {
			filter2026(params, where, values);
		}
		Page page = page(params, visible, where.toString(), values);
		return new RoleList(page.window().pagination(), page.roles(), Map.of());
	}

	/**
	 * One page of the roles the caller may view ({@code visible}, {@code null} for all)
	 * that meet {@code condition} (on {@code r}, with its named {@code values}), searched
	 * by name and ordered as {@code params} say. As authentik's object filter, a caller
	 * who may view some roles, none of which the search leaves, is refused.
	 */
	Page page(Map<String, String> params, Set<String> visible, String condition, Map<String, Object> values) {
		Map<String, Object> parameters = new LinkedHashMap<>(values);
		String where = where(params, visible, condition, parameters);
		long count = count(where, parameters);
		if (count == 0 && visible != null) {
			Map<String, Object> searchOnly = new LinkedHashMap<>();
			VisibleObjects.requireSome(count(where(params, visible, "true", searchOnly), searchOnly));
		}
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		String orderBy = OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("r.name asc"), "r.uuid");
		List<UserRole> roles = jdbc
			.sql("select r.uuid, r.name from authentik_rbac_role r" + where + orderBy + " limit :limit offset :offset")
			.params(parameters)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query((row, index) -> new UserRole(row.getObject(1, UUID.class), row.getString(2)))
			.list();
		return new Page(window, roles);
	}

	private static String where(Map<String, String> params, Set<String> visible, String condition,
			Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where (").append(condition).append(')');
		if (visible != null) {
			where.append(" and ").append(VisibleObjects.condition("r.uuid"));
			parameters.put(VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		}
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String key = "term" + parameters.size();
			where.append(" and lower(r.name) like :").append(key).append(" escape '\\'");
			parameters.put(key, pattern);
		}
		return where.toString();
	}

	private long count(String where, Map<String, Object> parameters) {
		return jdbc.sql("select count(*) from authentik_rbac_role r" + where)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	/** One page of roles and where it lies. */
	record Page(PageWindow window, List<UserRole> roles) {
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

package io.passwordstage.rbac;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.auth.User;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 2025.8's {@code /rbac/permissions/assigned_by_users/}: the users (those the caller may
 * view) holding permissions of a model directly, or on an object, with their object
 * permissions.
 */
@Component
class UserAssignedPermissionViews {

	private static final Map<String, String> USER_ORDERABLE = Map.of("pk", "u.id", "username", "u.username", "name",
			"u.name");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ApiSchema schema;

	UserAssignedPermissionViews(JdbcClient jdbc, ApiSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
	}

	/**
	 * 2025.8's users holding permissions of the model (with {@code object_pk}, on that
	 * object), superusers always, with their object permissions.
	 */
	UserAssignedPermissionList users2025(Map<String, String> params, Set<String> visible) {
		String[] permissions = AuthentikModel.permissionsOf(params.get("model"), schema);
		String objectPk = params.get("object_pk");
		Map<String, Object> values = new HashMap<>();
		values.put("permissions", permissions);
		StringBuilder where = new StringBuilder(" where (u.is_superuser or exists (select 1 from"
				+ " authentik_rbac_assignment a where a.user_id = u.id and a.permission = any(:permissions))");
		if (objectPk != null && !objectPk.isEmpty()) {
			where.append(" and exists (select 1 from authentik_rbac_assignment a where a.user_id = u.id"
					+ " and a.object_pk = :objectPk)");
			values.put("objectPk", objectPk.replace("\0", ""));
		}
		where.append(')');
		if (visible != null) {
			where.append(" and u.id::text = any(:visible)");
			values.put("visible", visible.toArray(String[]::new));
		}
		long count = jdbc.sql("select count(*) from authentik_core_user u" + where)
			.params(values)
			.query(Long.class)
			.single();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<UserAssignedPermissions> users = jdbc
			.sql("select u.id, u.username, u.name, u.is_active, u.last_login, u.email, u.attributes::text, u.uuid,"
					+ " u.is_superuser from authentik_core_user u" + where
					+ OrderingTerms.orderBy(params.get("ordering"), USER_ORDERABLE, List.of("u.username asc"), "u.id")
					+ " limit :limit offset :offset")
			.params(values)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query((row, index) -> new UserAssignedPermissions(row.getInt(1), row.getString(2), row.getString(3),
					row.getBoolean(4),
					row.getObject(5, OffsetDateTime.class) == null ? null
							: row.getObject(5, OffsetDateTime.class).toInstant(),
					row.getString(6), JSON.readValue(row.getString(7), ATTRIBUTES),
					User.uid(row.getObject(8, UUID.class)), List.of(), row.getBoolean(9)))
			.list();
		Map<Integer, List<UserObjectPermission>> held = new HashMap<>();
		if (!users.isEmpty()) {
			jdbc.sql("select user_id, id, permission, object_pk from authentik_rbac_assignment"
					+ " where user_id = any(?) and object_pk is not null order by id")
				.param(users.stream().map(UserAssignedPermissions::pk).toArray(Integer[]::new))
				.query((row, index) -> held.computeIfAbsent(row.getInt(1), id -> new ArrayList<>())
					.add(UserObjectPermission.of(new Assignment(row.getLong(2), row.getString(3), row.getString(4)))))
				.list();
		}
		return new UserAssignedPermissionList(window.pagination(),
				users.stream().map(user -> user.withPermissions(held.getOrDefault(user.pk(), List.of()))).toList(),
				Map.of());
	}

}

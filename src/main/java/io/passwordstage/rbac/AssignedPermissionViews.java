package io.passwordstage.rbac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.auth.ApiModel;
import io.passwordstage.auth.ApiPermission;
import io.passwordstage.auth.User;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WireEnum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /rbac/permissions/assigned_by_roles/}: the roles (those the caller may view)
 * that hold permissions of a model ({@code model}, required), globally or, with
 * {@code object_pk}, on that object, as each line filters them, with everything they hold
 * as each line shows it.
 */
@Component
class AssignedPermissionViews {

	private static final Map<String, String> ORDERABLE = Map.of("name", "r.name", "role_pk", "r.uuid");

	private static final Map<String, String> USER_ORDERABLE = Map.of("pk", "u.id", "username", "u.username", "name",
			"u.name");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ApiSchema schema;

	AssignedPermissionViews(JdbcClient jdbc, ApiSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
	}

	/** The roles of a page of 2026's list. */
	RoleAssignedPermissionList roles(Map<String, String> params, Set<String> visible) {
		Page page = page(params, visible);
		Map<UUID, List<Assignment>> held = held(page.roles().keySet());
		List<RoleAssignedPermissions> results = new ArrayList<>();
		page.roles().forEach((uuid, name) -> {
			List<Assignment> all = held.getOrDefault(uuid, List.of());
			results.add(new RoleAssignedPermissions(uuid.toString(), name,
					all.stream().filter(a -> a.objectPk() != null).map(RoleObjectPermission::of).toList(),
					all.stream().filter(a -> a.objectPk() == null).map(RoleModelPermission::of).toList()));
		});
		return new RoleAssignedPermissionList(page.window().pagination(), results, Map.of());
	}

	/** 2025.8's page: each role's object permissions. */
	RoleAssignedPermissionList.Of2025 roles2025(Map<String, String> params, Set<String> visible) {
		Page page = page(params, visible);
		Map<UUID, List<Assignment>> held = held(page.roles().keySet());
		List<RoleAssignedPermissions.Of2025> results = new ArrayList<>();
		page.roles()
			.forEach((uuid,
					name) -> results.add(new RoleAssignedPermissions.Of2025(uuid.toString(), name,
							held.getOrDefault(uuid, List.of())
								.stream()
								.filter(a -> a.objectPk() != null)
								.map(RoleObjectPermission::of)
								.toList())));
		return new RoleAssignedPermissionList.Of2025(page.window().pagination(), results, Map.of());
	}

	private Page page(Map<String, String> params, Set<String> visible) {
		String[] permissions = permissionsOf(params.get("model"));
		String objectPk = params.get("object_pk");
		boolean byObject = objectPk != null && !objectPk.isEmpty();
		Map<String, Object> values = new HashMap<>();
		values.put("permissions", permissions);
		values.put("objectPk", byObject ? objectPk.replace("\0", "") : "");
		StringBuilder where = new StringBuilder(" where ");
		if (schema.has(Difference.USER_PERMISSIONS)) {
			// any permission of the model; with object_pk, also any permission on that
			// object
			where.append("exists (select 1 from authentik_rbac_assignment a where a.role_uuid = r.uuid"
					+ " and a.permission = any(:permissions))");
			if (byObject) {
				where.append(" and exists (select 1 from authentik_rbac_assignment a where a.role_uuid = r.uuid"
						+ " and a.object_pk = :objectPk)");
			}
		}
		else {
			where.append("exists (select 1 from authentik_rbac_assignment a where a.role_uuid = r.uuid"
					+ " and a.permission = any(:permissions) and (a.object_pk is null");
			where.append(byObject ? " or a.object_pk = :objectPk))" : "))");
		}
		if (visible != null) {
			where.append(" and r.uuid::text = any(:visible)");
			values.put("visible", visible.toArray(String[]::new));
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
		Map<UUID, String> roles = new LinkedHashMap<>();
		jdbc.sql("select r.uuid, r.name from authentik_rbac_role r" + where
				+ OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("r.name asc"), "r.uuid")
				+ " limit :limit offset :offset")
			.params(values)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query((row, index) -> roles.put(row.getObject(1, UUID.class), row.getString(2)))
			.list();
		return new Page(window, roles);
	}

	/**
	 * 2025.8's users holding permissions of the model (with {@code object_pk}, on that
	 * object), superusers always, with their object permissions.
	 */
	UserAssignedPermissionList users2025(Map<String, String> params, Set<String> visible) {
		String[] permissions = permissionsOf(params.get("model"));
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
					row.getObject(5, java.time.OffsetDateTime.class) == null ? null
							: row.getObject(5, java.time.OffsetDateTime.class).toInstant(),
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

	/**
	 * The permissions of the {@code model} filter's model (none for a model of
	 * authentik's that this service does not have); django-filter's errors when it is
	 * missing or not a choice of the line's.
	 */
	private String[] permissionsOf(String model) {
		if (model == null || model.isEmpty()) {
			throw ValidationFailedException.of("model", ErrorTexts.REQUIRED);
		}
		if (!WireEnum.values(AuthentikModel.class, schema).contains(model)) {
			throw ValidationFailedException.of("model", ErrorTexts.filterChoice(model));
		}
		ApiModel served = ApiModel.ofLabel(model);
		return Arrays.stream(ApiPermission.values())
			.filter(permission -> permission.model() == served)
			.map(ApiPermission::value)
			.toArray(String[]::new);
	}

	/** Everything each role holds, in the order it was assigned. */
	private Map<UUID, List<Assignment>> held(Set<UUID> roles) {
		Map<UUID, List<Assignment>> held = new HashMap<>();
		if (!roles.isEmpty()) {
			jdbc.sql("select role_uuid, id, permission, object_pk from authentik_rbac_assignment"
					+ " where role_uuid = any(?) order by id")
				.param(roles.toArray(UUID[]::new))
				.query((row, index) -> held.computeIfAbsent(row.getObject(1, UUID.class), uuid -> new ArrayList<>())
					.add(new Assignment(row.getLong(2), row.getString(3), row.getString(4))))
				.list();
		}
		return held;
	}

	private record Page(PageWindow window, Map<UUID, String> roles) {
	}

}

package io.passwordstage.rbac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.auth.UserRole;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /rbac/permissions/assigned_by_roles/}: the roles (those the caller may view)
 * that hold permissions of a model ({@code model}, required), globally or, with
 * {@code object_pk}, on that object, as each line filters them, with everything they hold
 * as each line shows it.
 */
@Component
class AssignedPermissionViews {

	private final JdbcClient jdbc;

	private final ApiSchema schema;

	private final RoleViews roleViews;

	AssignedPermissionViews(JdbcClient jdbc, ApiSchema schema, RoleViews roleViews) {
		this.jdbc = jdbc;
		this.schema = schema;
		this.roleViews = roleViews;
	}

	/** The roles of a page of 2026's list. */
	RoleAssignedPermissionList roles(Map<String, String> params, Set<String> visible) {
		RoleViews.Page page = page(params, visible);
		Map<UUID, List<Assignment>> held = held(page.roles());
		List<RoleAssignedPermissions> results = new ArrayList<>();
		for (UserRole role : page.roles()) {
			List<Assignment> all = held.getOrDefault(role.pk(), List.of());
			results.add(new RoleAssignedPermissions(role.pk().toString(), role.name(),
					all.stream().filter(a -> a.objectPk() != null).map(RoleObjectPermission::of).toList(),
					all.stream().filter(a -> a.objectPk() == null).map(RoleModelPermission::of).toList()));
		}
		return new RoleAssignedPermissionList(page.window().pagination(), results, Map.of());
	}

	/** 2025.8's page: each role's object permissions. */
	RoleAssignedPermissionList.Of2025 roles2025(Map<String, String> params, Set<String> visible) {
		RoleViews.Page page = page(params, visible);
		Map<UUID, List<Assignment>> held = held(page.roles());
		List<RoleAssignedPermissions.Of2025> results = new ArrayList<>();
		for (UserRole role : page.roles()) {
			results.add(new RoleAssignedPermissions.Of2025(role.pk().toString(), role.name(),
					held.getOrDefault(role.pk(), List.of())
						.stream()
						.filter(a -> a.objectPk() != null)
						.map(RoleObjectPermission::of)
						.toList()));
		}
		return new RoleAssignedPermissionList.Of2025(page.window().pagination(), results, Map.of());
	}

	/**
	 * The roles holding permissions of the model: 2025's any permission of it, and with
	 * {@code object_pk} also any permission on that object; 2026's a global permission of
	 * it, or one on that object.
	 */
	private RoleViews.Page page(Map<String, String> params, Set<String> visible) {
		Map<String, Object> values = new HashMap<>();
		values.put("permissions", AuthentikModel.permissionsOf(params.get("model"), schema));
		String objectPk = params.get("object_pk");
		boolean byObject = objectPk != null && !objectPk.isEmpty();
		values.put("objectPk", byObject ? objectPk.replace("\0", "") : "");
		String held = "exists (select 1 from authentik_rbac_assignment a where a.role_uuid = r.uuid and ";
		String condition;
		if (schema.has(Difference.USER_PERMISSIONS)) {
			condition = held + "a.permission = any(:permissions))"
					+ (byObject ? " and " + held + "a.object_pk = :objectPk)" : "");
		}
		else {
			condition = held + "a.permission = any(:permissions) and (a.object_pk is null"
					+ (byObject ? " or a.object_pk = :objectPk))" : "))");
		}
		return roleViews.page(params, visible, condition, values);
	}

	/** Everything each role holds, in the order it was assigned. */
	private Map<UUID, List<Assignment>> held(List<UserRole> roles) {
		Map<UUID, List<Assignment>> held = new HashMap<>();
		if (!roles.isEmpty()) {
			jdbc.sql("select role_uuid, id, permission, object_pk from authentik_rbac_assignment"
					+ " where role_uuid = any(?) order by id")
				.param(roles.stream().map(UserRole::pk).toArray(UUID[]::new))
				.query((row, index) -> held.computeIfAbsent(row.getObject(1, UUID.class), uuid -> new ArrayList<>())
					.add(new Assignment(row.getLong(2), row.getString(3), row.getString(4))))
				.list();
		}
		return held;
	}

}

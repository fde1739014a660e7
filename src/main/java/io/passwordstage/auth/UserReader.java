package io.passwordstage.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The roles users are in, for showing users (a 2026 user's {@code roles_obj}). */
@Component
class UserReader {

	private final JdbcClient jdbc;

	UserReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each user as the API shows it, with its roles. */
	List<User> show(Collection<UserEntity> users) {
		Map<Integer, List<UserRole>> roles = new HashMap<>();
		if (!users.isEmpty()) {
			jdbc.sql("""
					select m.user_id, r.uuid, r.name from authentik_rbac_role_users m
					join authentik_rbac_role r on r.uuid = m.role_uuid
					where m.user_id = any(?) order by r.name""")
				.param(users.stream().map(UserEntity::id).toArray(Integer[]::new))
				.query((row, index) -> roles.computeIfAbsent(row.getInt(1), id -> new ArrayList<>())
					.add(new UserRole(row.getObject(2, UUID.class), row.getString(3))))
				.list();
		}
		return users.stream().map(user -> user.toUser(roles.getOrDefault(user.id(), List.of()))).toList();
	}

	User show(UserEntity user) {
		return show(List.of(user)).get(0);
	}

}

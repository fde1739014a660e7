package io.passwordstage.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.function.Function;
import java.util.stream.Collectors;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.UsedBy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Users as the API shows them, with the roles they are in (a 2026 user's
 * {@code roles_obj}): the list (only the users the caller may view), one user, the
 * caller, and what a user is used by.
 */
@Component
class UserViews {

	private final UserRepository users;

	private final JdbcClient jdbc;

	UserViews(UserRepository users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	UserList list(MultiValueMap<String, String> params, ApiPrincipal caller) {
		UserQuery query = UserQuery.of(params, caller.only(ApiPermission.VIEW_USER.value()));
		PageWindow window = PageWindow.of(params.getFirst("page"), params.getFirst("page_size"), query.count(jdbc));
		List<Integer> ids = query.page(jdbc, window);
		Map<Integer, UserEntity> byId = users.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(UserEntity::id, Function.identity()));
		return new UserList(window.pagination(), show(ids.stream().map(byId::get).toList()), Map.of());
	}

	@Transactional(readOnly = true)
	User get(String id) {
		return show(find(id));
	}

	@Transactional(readOnly = true)
	UserSelf.SessionUser me(ApiPrincipal caller) {
		return new UserSelf.SessionUser(UserSelf.of(show(find(String.valueOf(caller.userId())))), null);
	}

	/** The user's tokens, which are deleted with it. */
	@Transactional(readOnly = true)
	List<UsedBy> usedBy(String id) {
		UserEntity user = find(id);
		return jdbc
			.sql("select token_uuid::text, identifier, expires from authentik_core_token where user_id = ?"
					+ " order by identifier")
			.param(user.id())
			.query((row, index) -> new UsedBy("authentik_core", "token", row.getString(1),
					"Token " + row.getString(2) + " (expires=" + row.getTimestamp(3) + ")", "cascade"))
			.list();
	}

	UserEntity find(String id) {
		try {
			return users.findById(Integer.valueOf(id))
				.orElseThrow(() -> ApiException.notFound(ApiModel.USER.notFound()));
		}
		catch (NumberFormatException ex) {
			throw ApiException.notFound(ApiModel.USER.notFound());
		}
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

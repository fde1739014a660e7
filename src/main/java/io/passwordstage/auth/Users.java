package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.passwordstage.web.UsedBy;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * The users tokens belong to: service accounts for API callers, as authentik creates them
 * ({@code service_account}: a user and an app password), listed, shown and deleted with
 * the user permissions (object permissions honoured by the route checks and the list).
 */
@Service
class Users {

	static final String USERNAME_TAKEN = "This field must be unique.";

	static final String CANNOT_DELETE_SELF = "You cannot delete your own user.";

	static final String LAST_SUPERUSER = "The last active superuser cannot be deleted or deactivated.";

	static final String CANNOT_DEACTIVATE_SELF = "You cannot deactivate your own user.";

	private final UserRepository users;

	private final UserReader reader;

	private final ApiTokens tokens;

	private final Validator validator;

	private final JdbcClient jdbc;

	Users(UserRepository users, UserReader reader, ApiTokens tokens, Validator validator, JdbcClient jdbc) {
		this.users = users;
		this.reader = reader;
		this.tokens = tokens;
		this.validator = validator;
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
		return new UserList(window.pagination(), reader.show(ids.stream().map(byId::get).toList()), Map.of());
	}

	@Transactional(readOnly = true)
	User get(String id) {
		return reader.show(find(id));
	}

	@Transactional(readOnly = true)
	UserSelf.SessionUser me(ApiPrincipal caller) {
		return new UserSelf.SessionUser(UserSelf.of(reader.show(find(String.valueOf(caller.userId())))), null);
	}

	/**
	 * A service account named {@code name} and its app password (expiring in 360 days
	 * unless told otherwise), as authentik creates them.
	 */
	@Transactional
	ServiceAccount.Response createServiceAccount(Body<ServiceAccount.Request> body) {
		ServiceAccount.Request request = body.read();
		FieldErrors errors = FieldErrors.of(request, request.sent().errors(), validator);
		errors.throwIfAny();
		if (users.existsByUsername(request.name())) {
			throw ValidationFailedException.of("name", USERNAME_TAKEN);
		}
		UserEntity user = save(
				UserEntity.of(request.name(), request.name(), UserEntity.SERVICE_ACCOUNT,
						UserEntity.SERVICE_ACCOUNT_PATH, false,
						Map.of("goauthentik.io/user/token-expires", !Boolean.FALSE.equals(request.expiring()))),
				"name");
		Instant expires = Boolean.FALSE.equals(request.expiring()) ? null
				: request.expires() != null ? request.expires() : Instant.now().plus(360, ChronoUnit.DAYS);
		String identifier = "service-account-" + slug(request.name()) + "-password";
		String key = tokens.issue(identifier, ApiTokenEntity.INTENT_APP_PASSWORD, user.id(), "", expires);
		return new ServiceAccount.Response(user.username(), key, User.uid(user.uuid()), user.id(), null);
	}

	@Transactional
	User create(Body<UserRequest> body, ApiPrincipal caller) {
		UserRequest request = body.read();
		check(request, false, null, caller);
		UserEntity user = UserEntity.of(request.username(), request.name(),
				request.type() == null ? "internal" : request.type(), request.path() == null ? "users" : request.path(),
				false, request.attributes() == null ? Map.of() : request.attributes());
		user.change(request);
		user = save(user, "username");
		setRoles(user, request);
		return reader.show(user);
	}

	@Transactional
	User update(String id, Body<UserRequest> body, boolean partial, ApiPrincipal caller) {
		UserEntity user = find(id);
		UserRequest request = body.read();
		check(request, partial, user, caller);
		if (Boolean.FALSE.equals(request.active()) && user.active()) {
			if (user.id() == caller.userId()) {
				throw ValidationFailedException.of("is_active", CANNOT_DEACTIVATE_SELF);
			}
			requireAnotherSuperuser(user);
		}
		user.change(request);
		save(user, "username");
		setRoles(user, request);
		return reader.show(user);
	}

	/**
	 * Deletes a user and its tokens; never the caller itself nor the last active
	 * superuser.
	 */
	@Transactional
	void delete(String id, ApiPrincipal caller) {
		UserEntity user = find(id);
		if (user.id() == caller.userId()) {
			throw ValidationFailedException.of("non_field_errors", CANNOT_DELETE_SELF);
		}
		requireAnotherSuperuser(user);
		users.delete(user);
	}

	/**
	 * Refuses to remove or deactivate the last active superuser (serialised, so that two
	 * such requests at once cannot both pass).
	 */
	private void requireAnotherSuperuser(UserEntity user) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(SUPERUSER_LOCK).query().singleRow();
		if (user.superuser() && user.active()
				&& jdbc.sql("select count(*) from authentik_core_user where is_superuser and is_active")
					.query(Long.class)
					.single() <= 1) {
			throw ValidationFailedException.of("non_field_errors", LAST_SUPERUSER);
		}
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

	private static final long SUPERUSER_LOCK = 0x5355_5045_5255_5345L;

	private void check(UserRequest request, boolean partial, UserEntity existing, ApiPrincipal caller) {
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), validator, Default.class)
				: FieldErrors.of(request, request.sent().errors(), validator, Default.class, WholeBody.class);
		if (request.groups() != null && !request.groups().isEmpty() && !errors.has("groups")) {
			errors.addFirst("groups", "Invalid pk \"" + request.groups().get(0) + "\" - object does not exist.");
		}
		if (request.username() != null && !errors.has("username")
				&& (existing == null || !existing.username().equals(request.username()))
				&& users.existsByUsername(request.username())) {
			errors.addFirst("username", USERNAME_TAKEN);
		}
		errors.throwIfAny();
		if (request.roles() != null && !caller.superuser()) {
			throw ApiException.forbidden(io.passwordstage.web.ErrorTexts.PERMISSION_DENIED);
		}
	}

	private void setRoles(UserEntity user, UserRequest request) {
		if (request.roles() == null) {
			return;
		}
		jdbc.sql("delete from authentik_rbac_role_users where user_id = ?").param(user.id()).update();
		for (java.util.UUID role : request.roles()) {
			if (jdbc
				.sql("insert into authentik_rbac_role_users (role_uuid, user_id) select uuid, ? from"
						+ " authentik_rbac_role where uuid = ? on conflict do nothing")
				.params(user.id(), role)
				.update() == 0
					&& jdbc.sql("select count(*) from authentik_rbac_role where uuid = ?")
						.param(role)
						.query(Long.class)
						.single() == 0) {
				throw ValidationFailedException.of("roles", "Invalid pk \"" + role + "\" - object does not exist.");
			}
		}
	}

	private UserEntity save(UserEntity user, String field) {
		try {
			return users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw ValidationFailedException.of(field, USERNAME_TAKEN);
		}
	}

	private UserEntity find(String id) {
		try {
			return users.findById(Integer.valueOf(id))
				.orElseThrow(() -> ApiException.notFound(ApiModel.USER.notFound()));
		}
		catch (NumberFormatException ex) {
			throw ApiException.notFound(ApiModel.USER.notFound());
		}
	}

	/** Django's {@code slugify}: lower case, letters, digits, {@code -} and {@code _}. */
	private static String slug(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\w\\s-]", "").strip().replaceAll("[-\\s]+", "-");
	}

}

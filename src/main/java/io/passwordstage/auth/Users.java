package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the users tokens belong to: created, changed and deleted with the user
 * permissions, never removing or deactivating the caller or the last active superuser.
 * Each change of who holds what is heard by this replica's next request at once.
 */
@Service
class Users {

	static final String USERNAME_TAKEN = "This field must be unique.";

	static final String CANNOT_DELETE_SELF = "You cannot delete your own user.";

	static final String LAST_SUPERUSER = "The last active superuser cannot be deleted or deactivated.";

	static final String CANNOT_DEACTIVATE_SELF = "You cannot deactivate your own user.";

	private final UserRepository users;

	private final UserViews reader;

	private final TokenCache cache;

	private final Validator validator;

	private final JdbcClient jdbc;

	Users(UserRepository users, UserViews reader, TokenCache cache, Validator validator, JdbcClient jdbc) {
		this.users = users;
		this.reader = reader;
		this.cache = cache;
		this.validator = validator;
		this.jdbc = jdbc;
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
		UserEntity user = reader.find(id);
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
		cache.accessChanges();
		return reader.show(user);
	}

	/**
	 * Deletes a user and its tokens; never the caller itself nor the last active
	 * superuser.
	 */
	@Transactional
	void delete(String id, ApiPrincipal caller) {
		UserEntity user = reader.find(id);
		if (user.id() == caller.userId()) {
			throw ValidationFailedException.of("non_field_errors", CANNOT_DELETE_SELF);
		}
		requireAnotherSuperuser(user);
		users.delete(user);
		cache.accessChanges();
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

	/** Saves a user; a username taken meanwhile is a 400 on {@code field}. */
	UserEntity save(UserEntity user, String field) {
		try {
			return users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw ValidationFailedException.of(field, USERNAME_TAKEN);
		}
	}

}

package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.auth.TokenCache;
import io.passwordstage.auth.UserRole;
import io.passwordstage.event.AuditTrail;
import io.passwordstage.event.Caller;
import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
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
 * Roles as authentik's role viewset manages them: a unique name, and (on the 2026 lines)
 * users added and removed as members. Deleting a role removes its memberships and
 * assignments with it (the schema cascades). Creates, updates and deletes are audited.
 */
@Service
class Roles {

	static final String NO_ROLE = "No Role matches the given query.";

	private final RoleRepository repository;

	private final Validator constraints;

	private final JdbcClient jdbc;

	private final TokenCache tokens;

	private final AuditTrail auditTrail;

	Roles(RoleRepository repository, Validator constraints, JdbcClient jdbc, TokenCache tokens, AuditTrail auditTrail) {
		this.repository = repository;
		this.constraints = constraints;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.auditTrail = auditTrail;
	}

	@Transactional(readOnly = true)
	UserRole get(String uuid) {
		return found(uuid).toRole();
	}

	@Transactional
	UserRole create(Body<RoleRequest> body, Caller caller) {
		RoleRequest request = validated(body.read(), false, null);
		RoleEntity role = RoleEntity.named(request.name());
		audit(caller, "model_created", role, Map.of());
		return saved(role);
	}

	@Transactional
	UserRole update(String uuid, Body<RoleRequest> body, boolean partial, Caller caller) {
		RoleEntity role = found(uuid);
		RoleRequest request = validated(body.read(), partial, role);
		Map<String, Object> before = role.auditState();
		if (request.sent().has("name")) {
			role.rename(request.name());
		}
		audit(caller, "model_updated", role, before);
		return saved(role);
	}

	@Transactional
	void delete(String uuid, Caller caller) {
		RoleEntity role = found(uuid);
		tokens.accessChanges();
		repository.delete(role);
		auditTrail.modelChanged(caller, "model_deleted", "authentik_rbac", "role", role.getId(), role.displayName(),
				role.auditState(), Map.of());
	}

	private void audit(Caller caller, String action, RoleEntity role, Map<String, Object> before) {
		auditTrail.modelChanged(caller, action, "authentik_rbac", "role", role.getId(), role.displayName(), before,
				role.auditState());
	}

	/**
	 * Makes a user the caller may view a member (2026): a user it may not view is not
	 * found, as authentik answers.
	 */
	@Transactional
	void addUser(String uuid, Body<UserAccountRequest> body, ApiPrincipal caller) {
		Holder role = Holder.role(uuid);
		role.lock(jdbc);
		int user = visibleUser(body, caller);
		tokens.accessChanges();
		jdbc.sql("insert into authentik_rbac_role_users (role_uuid, user_id) values (?, ?) on conflict do nothing")
			.params(role.id(), user)
			.update();
	}

	@Transactional
	void removeUser(String uuid, Body<UserAccountRequest> body, ApiPrincipal caller) {
		Holder role = Holder.role(uuid);
		role.lock(jdbc);
		int user = visibleUser(body, caller);
		tokens.accessChanges();
		jdbc.sql("delete from authentik_rbac_role_users where role_uuid = ? and user_id = ?")
			.params(role.id(), user)
			.update();
	}

	/** The role a path names; a malformed uuid is not found, as authentik answers. */
	RoleEntity found(String uuid) {
		return repository.findById(DrfUuids.pathUuid(uuid)).orElseThrow(() -> ApiException.notFound(NO_ROLE));
	}

	private int visibleUser(Body<UserAccountRequest> body, ApiPrincipal caller) {
		UserAccountRequest request = body.read();
		FieldErrors.of(request, request.sent().errors(), constraints).throwIfAny();
		Set<String> visible = caller.only(ApiPermission.VIEW_USER.value());
		long pk = request.pk();
		boolean exists = pk == (int) pk && (visible == null || visible.contains(Long.toString(pk)))
				&& jdbc.sql("select count(*) from (select 1 from authentik_core_user where id = ? for key share) u")
					.param((int) pk)
					.query(Long.class)
					.single() > 0;
		if (!exists) {
			throw ApiException.notFound(ErrorTexts.NOT_FOUND);
		}
		return (int) pk;
	}

	/** The DRF step's errors, the constraints, then the unique name (asked once). */
	private RoleRequest validated(RoleRequest request, boolean partial, RoleEntity current) {
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), constraints, Default.class)
				: FieldErrors.of(request, request.sent().errors(), constraints, Default.class, WholeBody.class);
		if (!errors.has("name") && request.name() != null
				&& (current == null || !current.toRole().name().equals(request.name()))
				&& repository.existsByName(request.name())) {
			errors.add("name", List.of(ErrorTexts.ROLE_NAME_TAKEN));
		}
		errors.throwIfAny();
		return request;
	}

	private UserRole saved(RoleEntity role) {
		try {
			return repository.saveAndFlush(role).toRole();
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent request took the name between the check and the write
			if ("authentik_rbac_role_name_key".equals(ViolatedConstraint.of(ex))) {
				throw ValidationFailedException.of("name", ErrorTexts.ROLE_NAME_TAKEN);
			}
			throw ex;
		}
	}

}

package io.passwordstage.rbac;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.passwordstage.auth.ApiModel;
import io.passwordstage.auth.ApiPermission;
import io.passwordstage.auth.TokenCache;
import io.passwordstage.web.Body;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning and unassigning permissions, globally or on one object, as authentik's
 * {@code assign} and {@code unassign} do, each in one transaction. Unlike authentik, what
 * this service cannot honour is refused with a 400 and changes nothing: a model it does
 * not have, a permission it does not know (or not of the model), and an object that does
 * not exist (authentik assigns globally then).
 */
@Service
class Assignments {

	private final JdbcClient jdbc;

	private final Validator constraints;

	private final ObjectPks objects;

	private final TokenCache tokens;

	Assignments(JdbcClient jdbc, Validator constraints, ObjectPks objects, TokenCache tokens) {
		this.jdbc = jdbc;
		this.constraints = constraints;
		this.objects = objects;
		this.tokens = tokens;
	}

	/**
	 * The assignments, made unless they exist: one id per permission given, in its order.
	 */
	@Transactional
	List<PermissionAssignResult> assign(Holder holder, Body<PermissionAssignRequest> body) {
		holder.lock(jdbc);
		holder.refuseInternalAccount(jdbc, ErrorTexts.ASSIGN_TO_INTERNAL_ACCOUNT);
		Target target = target(body.read());
		tokens.accessChanges();
		Map<ApiPermission, Long> ids = new LinkedHashMap<>();
		for (ApiPermission permission : new LinkedHashSet<>(target.permissions())) {
			ids.put(permission, assigned(holder, permission, target.objectPk()));
		}
		return target.permissions()
			.stream()
			.map(permission -> new PermissionAssignResult(ids.get(permission).toString()))
			.toList();
	}

	@Transactional
	void unassign(Holder holder, Body<PermissionAssignRequest> body) {
		holder.lock(jdbc);
		holder.refuseInternalAccount(jdbc, ErrorTexts.UNASSIGN_FROM_INTERNAL_ACCOUNT);
		Target target = target(body.read());
		tokens.accessChanges();
		String[] permissions = target.permissions()
			.stream()
			.map(ApiPermission::value)
			.distinct()
			.toArray(String[]::new);
		jdbc.sql("delete from authentik_rbac_assignment where " + holder.condition()
				+ " and permission = any(:permissions) and " + objectCondition(target.objectPk()))
			.param("holder", holder.id())
			.param("permissions", permissions)
			.param("objectPk", target.objectPk(), Types.VARCHAR)
			.update();
	}

	private long assigned(Holder holder, ApiPermission permission, String objectPk) {
		List<Long> inserted = jdbc.sql("insert into authentik_rbac_assignment (" + holder.column()
				+ ", permission, object_pk) values (:holder, :permission, :objectPk) on conflict do nothing returning id")
			.param("holder", holder.id())
			.param("permission", permission.value())
			.param("objectPk", objectPk, Types.VARCHAR)
			.query(Long.class)
			.list();
		if (!inserted.isEmpty()) {
			return inserted.get(0);
		}
		return jdbc
			.sql("select id from authentik_rbac_assignment where " + holder.condition()
					+ " and permission = :permission and " + objectCondition(objectPk))
			.param("holder", holder.id())
			.param("permission", permission.value())
			.param("objectPk", objectPk, Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	private static String objectCondition(String objectPk) {
		return objectPk == null ? "object_pk is null" : "object_pk = :objectPk";
	}

	/**
	 * The body checked as authentik's serializer checks it (the fields, then model and
	 * object_pk together, then app labels on global permissions), then what this service
	 * can honour.
	 */
	private Target target(PermissionAssignRequest request) {
		FieldErrors.of(request, request.sent().errors(), constraints).throwIfAny();
		request.checkTogether();
		if (!request.onObject() && request.permissions().stream().anyMatch(permission -> permission.indexOf('.') < 0)) {
			throw ValidationFailedException.of("permissions", ErrorTexts.GLOBAL_CODENAME);
		}
		ApiModel model = request.onObject() ? ApiModel.ofLabel(request.model()) : null;
		if (request.onObject() && model == null) {
			throw ValidationFailedException.of("model", ErrorTexts.modelNotServed(request.model()));
		}
		List<ApiPermission> permissions = new ArrayList<>();
		Map<String, Object> unknown = new LinkedHashMap<>();
		for (int i = 0; i < request.permissions().size(); i++) {
			String name = request.permissions().get(i);
			ApiPermission permission = known(name, model);
			if (permission == null) {
				unknown.put(Integer.toString(i), List.of(ErrorTexts.unknownPermission(name, request.model())));
			}
			permissions.add(permission);
		}
		if (!unknown.isEmpty()) {
			throw new ValidationFailedException(Map.of("permissions", unknown));
		}
		String objectPk = model == null ? null : objects.existing(model, request.objectPk());
		if (model != null && objectPk == null) {
			throw ValidationFailedException.of("object_pk", ErrorTexts.invalidPk(request.objectPk()));
		}
		return new Target(permissions, objectPk);
	}

	/**
	 * {@code app_label.codename}, or on an object of {@code model} also the bare
	 * codename, as guardian reads it.
	 */
	private static ApiPermission known(String name, ApiModel model) {
		if (model == null) {
			return ApiPermission.of(name);
		}
		for (ApiPermission permission : ApiPermission.values()) {
			if (permission.model() == model
					&& (name.equals(permission.codename()) || name.equals(permission.value()))) {
				return permission;
			}
		}
		return null;
	}

	/** What an assignment is about: known permissions, and an existing object or none. */
	private record Target(List<ApiPermission> permissions, String objectPk) {
	}

}

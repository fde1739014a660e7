package io.passwordstage.rbac;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.auth.ApiTokens;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /rbac/permissions/roles/}: roles' permissions on single objects, one by one
 * ({@code uuid} filters by role; ordered by role name), and on 2025.8 moved to another
 * object or removed. A page is at most 10 when a size is asked (authentik's smaller
 * pagination).
 */
@Service
class RoleObjectPermissions {

	static final String NO_PERMISSION = "No GroupObjectPermission matches the given query.";

	static final String NOT_UNIQUE = "The fields group, permission, object_pk must make a unique set.";

	private static final Map<String, String> ORDERABLE = Map.of("id", "a.id", "object_pk", "a.object_pk");

	private static final String SELECT = "select a.id, a.permission, a.object_pk, a.role_uuid from"
			+ " authentik_rbac_assignment a join authentik_rbac_role r on r.uuid = a.role_uuid"
			+ " where a.object_pk is not null";

	private final JdbcClient jdbc;

	private final ObjectPks objects;

	private final Validator constraints;

	private final ApiTokens tokens;

	RoleObjectPermissions(JdbcClient jdbc, ObjectPks objects, Validator constraints, ApiTokens tokens) {
		this.jdbc = jdbc;
		this.objects = objects;
		this.constraints = constraints;
		this.tokens = tokens;
	}

	@Transactional(readOnly = true)
	ExtraRolePermissionList list(Map<String, String> params) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> values = new LinkedHashMap<>();
		String uuid = params.get("uuid");
		if (uuid != null && !uuid.isEmpty()) {
			UUID role = DrfUuids.parseUuid(uuid.strip());
			if (role == null) {
				throw ValidationFailedException.of("uuid", ErrorTexts.FILTER_UUID);
			}
			where.append(" and a.role_uuid = :role");
			values.put("role", role);
		}
		long count = jdbc.sql("select count(*) from (" + SELECT + where + ") a")
			.params(values)
			.query(Long.class)
			.single();
		String size = params.get("page_size");
		BigInteger asked = size == null ? null : DrfCoercion.pythonInt(size);
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		if (asked != null && asked.signum() > 0 && window.size() > 10) {
			window = PageWindow.of(params.get("page"), "10", count);
		}
		List<ExtraRolePermission> page = jdbc
			.sql(SELECT + where
					+ OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("r.name asc"), "a.id")
					+ " limit :limit offset :offset")
			.params(values)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query((row, index) -> new Held(new Assignment(row.getLong(1), row.getString(2), row.getString(3)),
					row.getObject(4, UUID.class)))
			.list()
			.stream()
			.map(this::shown)
			.toList();
		return new ExtraRolePermissionList(window.pagination(), page, Map.of());
	}

	@Transactional(readOnly = true)
	ExtraRolePermission get(String id) {
		return shown(found(id, false));
	}

	/** Moves the permission to another object of its model (which must exist). */
	@Transactional
	ExtraRolePermission update(String id, Body<ObjectPermissionRequest> body, boolean partial) {
		Held held = found(id, true);
		ObjectPermissionRequest request = body.read();
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), constraints, Default.class)
				: FieldErrors.of(request, request.sent().errors(), constraints, Default.class, WholeBody.class);
		errors.throwIfAny();
		if (!request.sent().has("object_pk")) {
			return shown(held);
		}
		ApiPermission permission = ApiPermission.of(held.assignment().permission());
		String objectPk = permission == null ? null : objects.existing(permission.model(), request.objectPk());
		if (objectPk == null) {
			throw ValidationFailedException.of("object_pk", ErrorTexts.invalidPk(request.objectPk()));
		}
		tokens.accessChanges();
		try {
			jdbc.sql("update authentik_rbac_assignment set object_pk = ? where id = ?")
				.params(objectPk, held.assignment().id())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(NOT_UNIQUE)));
		}
		return shown(found(id, false));
	}

	@Transactional
	void delete(String id) {
		Held held = found(id, true);
		tokens.accessChanges();
		jdbc.sql("delete from authentik_rbac_assignment where id = ?").param(held.assignment().id()).update();
	}

	private Held found(String id, boolean lock) {
		BigInteger number = DrfCoercion.pythonInt(id);
		if (number == null || number.bitLength() > 63) {
			throw ApiException.notFound(ErrorTexts.NOT_FOUND);
		}
		return jdbc.sql(SELECT + " and a.id = ?" + (lock ? " for update of a" : ""))
			.param(number.longValue())
			.query((row, index) -> new Held(new Assignment(row.getLong(1), row.getString(2), row.getString(3)),
					row.getObject(4, UUID.class)))
			.optional()
			.orElseThrow(() -> ApiException.notFound(NO_PERMISSION));
	}

	/**
	 * The permission with the object's description, shown only when the role may view the
	 * object (globally or on it), as authentik shows it.
	 */
	private ExtraRolePermission shown(Held held) {
		ApiPermission permission = ApiPermission.of(held.assignment().permission());
		String description = null;
		if (permission != null) {
			String view = permission.model().app() + ".view_" + permission.model().model();
			boolean mayView = jdbc
				.sql("select count(*) from authentik_rbac_assignment where role_uuid = ? and permission = ?"
						+ " and (object_pk is null or object_pk = ?)")
				.params(held.role(), view, held.assignment().objectPk())
				.query(Long.class)
				.single() > 0;
			description = mayView ? objects.description(permission.model(), held.assignment().objectPk()) : null;
		}
		return ExtraRolePermission.of(held.assignment(), description);
	}

	/** An object permission and the role holding it. */
	private record Held(Assignment assignment, UUID role) {
	}

}

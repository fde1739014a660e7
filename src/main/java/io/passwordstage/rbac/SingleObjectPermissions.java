package io.passwordstage.rbac;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.auth.TokenCache;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.Body;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /rbac/permissions/roles/} and 2025.8's {@code /rbac/permissions/users/}: roles'
 * or users' permissions on single objects, one by one (filtered by holder, ordered by its
 * name), and on 2025.8 moved to another object or removed. A page is at most 10 when a
 * size is asked (authentik's smaller pagination).
 */
@Service
class SingleObjectPermissions {

	/** An object permission, and the object's description when it is shown. */
	record Shown(Assignment assignment, String description) {
	}

	record Page(PageWindow window, List<Shown> results) {
	}

	private static final Map<String, String> ORDERABLE = Map.of("id", "a.id", "object_pk", "a.object_pk");

	private static final RowMapper<Held> HELD = (row,
			index) -> new Held(new Assignment(row.getLong(1), row.getString(2), row.getString(3)), row.getObject(4));

	private final JdbcClient jdbc;

	private final ObjectPks objects;

	private final Validator constraints;

	private final TokenCache tokens;

	SingleObjectPermissions(JdbcClient jdbc, ObjectPks objects, Validator constraints, TokenCache tokens) {
		this.jdbc = jdbc;
		this.objects = objects;
		this.constraints = constraints;
		this.tokens = tokens;
	}

	@Transactional(readOnly = true)
	Page list(ObjectPermissionHolders holders, Map<String, String> params) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> values = new LinkedHashMap<>();
		String holder = params.get(holders.filter());
		if (holder != null && !holder.isEmpty()) {
			where.append(" and a.").append(holders.column()).append(" = :holder");
			values.put("holder", holders.holder(holder));
		}
		long count = jdbc.sql("select count(*) from (" + holders.select() + where + ") a")
			.params(values)
			.query(Long.class)
			.single();
		String size = params.get("page_size");
		BigInteger asked = size == null ? null : DrfCoercion.pythonInt(size);
		PageWindow window = PageWindow.of(params.get("page"), size, count);
		if (asked != null && asked.signum() > 0 && window.size() > 10) {
			window = PageWindow.of(params.get("page"), "10", count);
		}
		List<Held> page = jdbc
			.sql(holders.select() + where
					+ OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of(holders.order() + " asc"),
							"a.id")
					+ " limit :limit offset :offset")
			.params(values)
			.param("limit", window.size())
			.param("offset", window.offset())
			.query(HELD)
			.list();
		return new Page(window, page.stream().map(held -> shown(holders, held)).toList());
	}

	@Transactional(readOnly = true)
	Shown get(ObjectPermissionHolders holders, String id) {
		return shown(holders, found(holders, id, false));
	}

	/** Moves the permission to another object of its model (which must exist). */
	@Transactional
	<R extends Record & ObjectPkRequest> Shown update(ObjectPermissionHolders holders, String id, Body<R> body,
			boolean partial) {
		Held held = found(holders, id, true);
		R request = body.read();
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), constraints, Default.class)
				: FieldErrors.of(request, request.sent().errors(), constraints, Default.class, WholeBody.class);
		errors.throwIfAny();
		if (!request.sent().has("object_pk")) {
			return shown(holders, held);
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
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(holders.notUnique())));
		}
		return shown(holders, found(holders, id, false));
	}

	@Transactional
	void delete(ObjectPermissionHolders holders, String id) {
		Held held = found(holders, id, true);
		tokens.accessChanges();
		jdbc.sql("delete from authentik_rbac_assignment where id = ?").param(held.assignment().id()).update();
	}

	private Held found(ObjectPermissionHolders holders, String id, boolean lock) {
		BigInteger number = DrfCoercion.pythonInt(id);
		if (number == null || number.bitLength() > 63) {
			throw ApiException.notFound(ErrorTexts.NOT_FOUND);
		}
		return jdbc.sql(holders.select() + " and a.id = ?" + (lock ? " for update of a" : ""))
			.param(number.longValue())
			.query(HELD)
			.optional()
			.orElseThrow(() -> ApiException.notFound(holders.notFound()));
	}

	/**
	 * The permission with the object's description, shown only when its holder may view
	 * the object (globally or on it; a user also through its roles), as authentik shows
	 * it.
	 */
	private Shown shown(ObjectPermissionHolders holders, Held held) {
		ApiPermission permission = ApiPermission.of(held.assignment().permission());
		String objectPk = held.assignment().objectPk();
		return new Shown(held.assignment(),
				permission != null && holders.mayView(jdbc, held.holder(), permission.model(), objectPk)
						? objects.description(permission.model(), objectPk) : null);
	}

	/** An object permission and who holds it. */
	private record Held(Assignment assignment, Object holder) {
	}

}

package io.passwordstage.rbac;

import java.math.BigInteger;

import io.passwordstage.auth.ApiModel;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose object permissions {@link SingleObjectPermissions} shows: the SQL and texts that
 * differ between roles and users.
 */
enum ObjectPermissionHolders {

	ROLES("role_uuid", "authentik_rbac_role h on h.uuid = a.role_uuid", "h.name", "uuid",
			"No GroupObjectPermission matches the given query."),
	USERS("user_id", "authentik_core_user h on h.id = a.user_id", "h.username", "user_id",
			"No UserObjectPermission matches the given query.");

	private final String column;

	private final String join;

	private final String order;

	private final String filter;

	private final String notFound;

	ObjectPermissionHolders(String column, String join, String order, String filter, String notFound) {
		this.column = column;
		this.join = join;
		this.order = order;
		this.filter = filter;
		this.notFound = notFound;
	}

	String select() {
		return "select a.id, a.permission, a.object_pk, a." + column + " from authentik_rbac_assignment a join " + join
				+ " where a.object_pk is not null";
	}

	/** The filter's holder, django-filter's text when it is malformed. */
	Object holder(String value) {
		Object holder = this == ROLES ? DrfUuids.parseUuid(value.strip()) : number(value);
		if (holder == null) {
			throw ValidationFailedException.of(filter,
					this == ROLES ? ErrorTexts.FILTER_UUID : ErrorTexts.FILTER_NUMBER);
		}
		return holder;
	}

	private static Object number(String value) {
		BigInteger number = DrfCoercion.pythonInt(value.replaceFirst("\\.0*$", ""));
		return number == null ? null : number.bitLength() > 31 ? -1 : number.intValue();
	}

	/**
	 * Whether {@code holder} may view the object {@code objectPk} of {@code model}:
	 * globally or on it; a user also through its roles.
	 */
	boolean mayView(JdbcClient jdbc, Object holder, ApiModel model, String objectPk) {
		String held = this == ROLES ? "role_uuid = :holder" : "(user_id = :holder or role_uuid in"
				+ " (select role_uuid from authentik_rbac_role_users where user_id = :holder))";
		return jdbc
			.sql("select count(*) from authentik_rbac_assignment where " + held
					+ " and permission = :view and (object_pk is null or object_pk = :objectPk)")
			.param("holder", holder)
			.param("view", model.app() + ".view_" + model.model())
			.param("objectPk", objectPk)
			.query(Long.class)
			.single() > 0;
	}

	/** authentik's text when the holder has the permission on the object already. */
	String notUnique() {
		return "The fields " + (this == ROLES ? "group" : "user") + ", permission, object_pk must make a unique set.";
	}

	String column() {
		return column;
	}

	/** The column a list is ordered by: the holder's name. */
	String order() {
		return order;
	}

	String filter() {
		return filter;
	}

	String notFound() {
		return notFound;
	}

}

package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who an assignment is to, as a route's path names it: a role, or (on 2025's line) a
 * user; with the SQL that finds it and selects its assignments.
 */
record Holder(String column, Object id, String row, String notFound) {

	/** The role a path's uuid names (a malformed one is not found). */
	static Holder role(String uuid) {
		return new Holder("role_uuid", DrfUuids.pathUuid(uuid), "authentik_rbac_role where uuid",
				"No Role matches the given query.");
	}

	/** The user a path's id names (a malformed one is not found). */
	static Holder user(String id) {
		try {
			return new Holder("user_id", Integer.valueOf(id), "authentik_core_user where id",
					"No User matches the given query.");
		}
		catch (NumberFormatException ex) {
			throw ApiException.notFound(ErrorTexts.NOT_FOUND);
		}
	}

	/**
	 * Finds the holder and keeps it from being deleted until the transaction ends; 404
	 * when there is none.
	 */
	void lock(JdbcClient jdbc) {
		jdbc.sql("select 1 from " + row + " = :holder for key share")
			.param("holder", id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> ApiException.notFound(notFound));
	}

	/**
	 * Refuses, with {@code text}, a user that is an internal service account (authentik
	 * manages their permissions itself); a role is never refused.
	 */
	void refuseInternalAccount(JdbcClient jdbc, String text) {
		if (column.equals("user_id") && jdbc
			.sql("select count(*) from authentik_core_user where id = ? and type = 'internal_service_account'")
			.param(id)
			.query(Long.class)
			.single() > 0) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(text)));
		}
	}

	/** The condition on an assignment's holder, with the parameter {@code :holder}. */
	String condition() {
		return column + " = :holder";
	}

}

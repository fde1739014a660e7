package io.passwordstage.binding;

import java.sql.SQLException;

import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;

/**
 * Maps the unique (target, stage, order) violation (a concurrent request won the race
 * between our check and our write) to the 400 that the check itself would have given.
 */
final class BindingViolations {

	/** PostgreSQL's SQLSTATE for a unique violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	private static final String CONSTRAINT = "authentik_flows_flowstagebinding_target_stage_order_key";

	private BindingViolations() {
	}

	static RuntimeException translate(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains(CONSTRAINT)) {
				return ValidationFailedException.of("non_field_errors", ErrorTexts.BINDING_NOT_UNIQUE);
			}
		}
		return ex;
	}

}

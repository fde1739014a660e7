package io.passwordstage.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import java.sql.SQLException;

/**
 * Maps PostgreSQL unique violations (a concurrent request won the race between our check
 * and our insert) to the 400 that the check itself would have given.
 */
final class UniqueViolations {

	/** PostgreSQL's SQLSTATE for a unique violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	private static final String CONSTRAINT_PREFIX = "violates unique constraint \"";

	private UniqueViolations() {
	}

	static RuntimeException translate(RuntimeException ex, PasswordStageChanges changes) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
			cause = cause.getCause();
		}
		String message = cause == null ? null : String.valueOf(cause.getMessage());
		int at = message == null ? -1 : message.indexOf(CONSTRAINT_PREFIX);
		if (at < 0) {
			return ex;
		}
		int from = at + CONSTRAINT_PREFIX.length();
		String constraint = message.substring(from, Math.max(from, message.indexOf('"', from)));
		if (constraint.equals("authentik_flows_stage_name_key")) {
			return ValidationFailedException.of("name", ErrorTexts.STAGE_NAME_TAKEN);
		}
		if (constraint.equals("authentik_flows_flow_slug_key") && changes.flowSet() != null) {
			return new ValidationFailedException(Map.of("flow_set", slugErrors(changes.flowSet(), message)));
		}
		return ex;
	}

	/**
	 * Every item whose slug the violation names gets the error; the others get
	 * {@code {}}.
	 */
	private static List<Object> slugErrors(List<FlowSetRequest> items, String message) {
		List<Object> errors = new ArrayList<>();
		boolean matched = false;
		for (FlowSetRequest item : items) {
			boolean hit = message.contains("(slug)=(" + item.slug() + ")");
			matched |= hit;
			errors.add(hit ? Map.of("slug", List.of(ErrorTexts.FLOW_SLUG_TAKEN)) : Map.of());
		}
		if (!matched) {
			errors.replaceAll(error -> Map.of("slug", List.of(ErrorTexts.FLOW_SLUG_TAKEN)));
		}
		return errors;
	}

}

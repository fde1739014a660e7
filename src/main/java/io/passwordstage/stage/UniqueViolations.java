package io.passwordstage.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.web.ValidationFailedException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Maps PostgreSQL unique violations (a concurrent request won the race between our check and our
 * insert) to the 400 that the check itself would have given.
 */
final class UniqueViolations {

	private static final String FLOW_SLUG_TAKEN = "Flow with this slug already exists.";

	private UniqueViolations() {
	}

	static RuntimeException translate(RuntimeException ex, PasswordStageChanges changes) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof ConstraintViolationException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof ConstraintViolationException violation) || violation.getConstraintName() == null) {
			return ex;
		}
		String constraint = violation.getConstraintName();
		if (constraint.equals("authentik_flows_stage_name_key")) {
			return ValidationFailedException.of("name", PasswordStageReader.NAME_TAKEN);
		}
		if (constraint.equals("authentik_flows_flow_slug_key") && changes.flowSet() != null) {
			return new ValidationFailedException(Map.of("flow_set", slugErrors(changes.flowSet(), violation)));
		}
		return ex;
	}

	/** Every item whose slug the violation names gets the error; the others get {@code {}}. */
	private static List<Object> slugErrors(List<FlowSetRequest> items, ConstraintViolationException violation) {
		String message = String.valueOf(violation.getSQLException().getMessage());
		List<Object> errors = new ArrayList<>();
		boolean matched = false;
		for (FlowSetRequest item : items) {
			boolean hit = message.contains("(slug)=(" + item.slug() + ")");
			matched |= hit;
			errors.add(hit ? Map.of("slug", List.of(FLOW_SLUG_TAKEN)) : Map.of());
		}
		if (!matched) {
			errors.replaceAll(error -> Map.of("slug", List.of(FLOW_SLUG_TAKEN)));
		}
		return errors;
	}

}

package io.passwordstage.binding;

import java.util.function.Supplier;

import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;

/**
 * A binding write the schema's constraints refused, answered with the 400 the rule the
 * constraint stands for gives, found by the constraint's name.
 */
final class BindingViolations {

	private static final String UNIQUE = "authentik_flows_flowstagebinding_target_stage_order_key";

	private static final String TARGET = "authentik_flows_flowstagebinding_target_id_fkey";

	private static final String STAGE = "authentik_flows_flowstagebinding_stage_id_fkey";

	private BindingViolations() {
	}

	/**
	 * @param lookedUp the errors of the rules the constraints stood for, asked of the
	 * database now ({@code null} when it finds none, or when they were asked already)
	 */
	static RuntimeException refusal(RuntimeException failure, FlowStageBindingRequest request,
			Supplier<ValidationFailedException> lookedUp) {
		String constraint = ViolatedConstraint.of(failure);
		if (!UNIQUE.equals(constraint) && !TARGET.equals(constraint) && !STAGE.equals(constraint)) {
			return failure;
		}
		ValidationFailedException found = lookedUp.get();
		if (found != null) {
			return found;
		}
		return switch (constraint) {
			case TARGET -> ValidationFailedException.of("target", doesNotExist(request.targetId()));
			case STAGE -> ValidationFailedException.of("stage", doesNotExist(request.stageId()));
			default -> ValidationFailedException.of("non_field_errors", ErrorTexts.BINDING_NOT_UNIQUE);
		};
	}

	private static String doesNotExist(Object id) {
		return "Invalid pk \"" + id + "\" - object does not exist.";
	}

}

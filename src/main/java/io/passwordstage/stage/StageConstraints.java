package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.passwordstage.persistence.ViolatedConstraint;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;

/**
 * A stage write the schema's constraints refused, answered with the 400 the rule the
 * constraint stands for gives: its field's error, found by the constraint's name.
 */
final class StageConstraints {

	private static final String NAME = "authentik_flows_stage_name_key";

	private static final String SLUG = "authentik_flows_flow_slug_key";

	private static final String CONFIGURE_FLOW = "authentik_stages_password_passwordstage_configure_flow_id_fkey";

	private StageConstraints() {
	}

	/**
	 * @param lookedUp the errors of the rules the constraints stood for, asked of the
	 * database now ({@code null} when it finds none: the row that collided has gone, and
	 * the constraint's own field says what failed)
	 */
	static RuntimeException refusal(RuntimeException failure, PasswordStageRequest request,
			Supplier<ValidationFailedException> lookedUp) {
		String constraint = ViolatedConstraint.of(failure);
		if (constraint == null || !List.of(NAME, SLUG, CONFIGURE_FLOW).contains(constraint)) {
			return failure;
		}
		ValidationFailedException found = lookedUp.get();
		if (found != null) {
			return found;
		}
		return switch (constraint) {
			case NAME -> ValidationFailedException.of("name", ErrorTexts.STAGE_NAME_TAKEN);
			case SLUG -> new ValidationFailedException(Map.of("flow_set",
					request.flows()
						.stream()
						.map(item -> Map.of("slug", List.of(ErrorTexts.FLOW_SLUG_TAKEN)))
						.toList()));
			default -> ValidationFailedException.of("configure_flow",
					"Invalid pk \"" + request.configureFlowId() + "\" - object does not exist.");
		};
	}

}

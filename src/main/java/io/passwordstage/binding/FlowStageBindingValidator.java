package io.passwordstage.binding;

import java.util.List;
import java.util.UUID;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.RelatedPk;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a FlowStageBinding write in DRF's order: every field (the DRF step into a
 * {@link FlowStageBindingRequest}, then Bean Validation), then the unique (target, stage,
 * order) rule, then authentik's {@code validate()}.
 */
@Component
class FlowStageBindingValidator implements DrfStep<FlowStageBindingRequest> {

	private static final String NON_FIELD = "non_field_errors";

	private final Validator validator;

	FlowStageBindingValidator(Validator validator) {
		this.validator = validator;
	}

	@Override
	public Class<FlowStageBindingRequest> type() {
		return FlowStageBindingRequest.class;
	}

	/** DRF's first step: needs no database. */
	@Override
	public FlowStageBindingRequest read(ObjectFields fields) {
		return new FlowStageBindingRequest(fields.read("target", FlowStageBindingValidator::related),
				fields.read("stage", FlowStageBindingValidator::related),
				fields.read("evaluate_on_plan", DrfCoercion::bool),
				fields.read("re_evaluate_policies", DrfCoercion::bool), fields.read("order", DrfCoercion::integer),
				fields.read("policy_engine_mode", DrfCoercion::choice),
				fields.read("invalid_response_action", DrfCoercion::choice), fields.sent());
	}

	/**
	 * One pass in DRF's order. The rules only the database answers (the target and stage
	 * exist, the unique (target, stage, order)) are asked here when {@code lookups} must
	 * ask them or another rule failed; otherwise the schema's constraints answer them as
	 * the write runs, and {@link #databaseErrors} gives their error if one fires.
	 * @param current the binding an update changes, {@code null} on create
	 * @param partial whether required fields may be left out (PATCH)
	 */
	void validate(FlowStageBindingRequest request, FlowStageBinding current, boolean partial, BindingLookups lookups) {
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), validator)
				: FieldErrors.of(request, request.sent().errors(), validator, Default.class, WholeBody.class);
		boolean evaluated = Boolean.TRUE.equals(request.evaluateOnPlan())
				|| !Boolean.FALSE.equals(request.reEvaluatePolicies());
		if (lookups.askAlways() || !errors.isEmpty() || !evaluated) {
			checkExistence(errors, request, lookups);
		}
		errors.throwIfAny();
		if ((lookups.askAlways() || !evaluated) && unique(request, current, lookups)) {
			throw ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_UNIQUE);
		}
		if (!evaluated) {
			throw ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_EVALUATED);
		}
	}

	/**
	 * The error of the rules only the database answers, for a create that a constraint
	 * refused: asked now, once ({@code null} when they all hold now).
	 */
	ValidationFailedException databaseErrors(FlowStageBindingRequest request, BindingLookups lookups) {
		FieldErrors errors = FieldErrors.empty(FlowStageBindingRequest.class);
		checkExistence(errors, request, lookups);
		if (!errors.isEmpty()) {
			return new ValidationFailedException(errors.body());
		}
		return unique(request, null, lookups) ? ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_UNIQUE)
				: null;
	}

	private static void checkExistence(FieldErrors errors, FlowStageBindingRequest in, BindingLookups lookups) {
		if (in.target() != null && !errors.has("target") && !lookups.flowExists(in.target().id())) {
			errors.add("target", List.of(in.target().doesNotExist()));
		}
		if (in.stage() != null && !errors.has("stage") && !lookups.stageExists(in.stage().id())) {
			errors.add("stage", List.of(in.stage().doesNotExist()));
		}
	}

	/**
	 * Whether the write collides with another binding: checked on create, and on update
	 * only when one of the three values changes (the others taken from the binding).
	 */
	private static boolean unique(FlowStageBindingRequest request, FlowStageBinding current, BindingLookups lookups) {
		if (current == null) {
			return lookups.taken(request.targetId(), request.stageId(), request.orderValue(), null);
		}
		UUID target = request.targetOr(current);
		UUID stage = request.stageOr(current);
		int order = request.orderOr(current);
		boolean changed = !target.equals(current.target()) || !stage.equals(current.stage())
				|| order != current.order();
		return changed && lookups.taken(target, stage, order, current.pk());
	}

	/**
	 * A required PrimaryKeyRelatedField: DRF reads {@code ""} as null, which is not
	 * allowed.
	 */
	private static RelatedPk related(JsonNode node) {
		RelatedPk pk = DrfUuids.relatedPk(node);
		if (pk == null) {
			throw new FieldInvalid(ErrorTexts.NOT_NULL);
		}
		return pk;
	}

}

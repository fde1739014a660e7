package io.passwordstage.binding;

import java.util.List;
import java.util.UUID;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a FlowStageBinding write in DRF's order: every field (the DRF step into a
 * {@link FlowStageBindingRequest} or {@link PatchedFlowStageBindingRequest}, then Bean
 * Validation), then the unique (target, stage, order) rule, then authentik's
 * {@code validate()}.
 */
@Component
class FlowStageBindingValidator {

	private static final String NON_FIELD = "non_field_errors";

	private final Validator validator;

	FlowStageBindingValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * One pass in DRF's order. The rules only the database answers (the target and stage
	 * exist, the unique (target, stage, order)) are asked here when {@code lookups} must
	 * ask them or another rule failed; otherwise the schema's constraints answer them as
	 * the write runs, and {@link #databaseErrors} gives their error if one fires.
	 * @param current the binding an update changes, {@code null} on create
	 * @param partial whether required fields may be left out (PATCH)
	 */
	FlowStageBindingChanges validate(JsonNode body, FlowStageBinding current, boolean partial, BindingLookups lookups) {
		if (body.isNull()) {
			throw ValidationFailedException.of(NON_FIELD, ErrorTexts.NO_DATA);
		}
		if (!body.isObject()) {
			throw ValidationFailedException.of(NON_FIELD, DrfCoercion.notAnObject(body));
		}
		ObjectFields fields = new ObjectFields(body);
		UUID target = fields.read("target", FlowStageBindingValidator::related);
		UUID stage = fields.read("stage", FlowStageBindingValidator::related);
		Boolean evaluateOnPlan = fields.read("evaluate_on_plan", DrfCoercion::bool);
		Boolean reEvaluatePolicies = fields.read("re_evaluate_policies", DrfCoercion::bool);
		Long order = fields.read("order", DrfCoercion::integer);
		String policyEngineMode = fields.read("policy_engine_mode", DrfCoercion::choice);
		String invalidResponseAction = fields.read("invalid_response_action", DrfCoercion::choice);
		Record request = partial
				? new PatchedFlowStageBindingRequest(target, stage, evaluateOnPlan, reEvaluatePolicies, order,
						policyEngineMode, invalidResponseAction)
				: new FlowStageBindingRequest(target, stage, evaluateOnPlan, reEvaluatePolicies, order,
						policyEngineMode, invalidResponseAction);
		FieldErrors errors = FieldErrors.of(request, fields.errors(), validator);
		boolean evaluated = Boolean.TRUE.equals(evaluateOnPlan) || !Boolean.FALSE.equals(reEvaluatePolicies);
		if (lookups.askAlways() || !errors.isEmpty() || !evaluated) {
			checkExistence(errors, body, target, stage, lookups);
		}
		errors.throwIfAny();
		FlowStageBindingChanges changes = new FlowStageBindingChanges(fields.present(), target, stage, evaluateOnPlan,
				reEvaluatePolicies, order == null ? null : order.intValue(), policyEngineMode, invalidResponseAction);
		if ((lookups.askAlways() || !evaluated) && unique(changes, current, lookups)) {
			throw ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_UNIQUE);
		}
		if (!evaluated) {
			throw ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_EVALUATED);
		}
		return changes;
	}

	/**
	 * The error of the rules only the database answers, for a create that a constraint
	 * refused: asked now, once ({@code null} when they all hold now).
	 */
	ValidationFailedException databaseErrors(JsonNode body, FlowStageBindingChanges changes, BindingLookups lookups) {
		FieldErrors errors = FieldErrors.empty(FlowStageBindingRequest.class);
		checkExistence(errors, body, changes.target(), changes.stage(), lookups);
		if (!errors.isEmpty()) {
			return new ValidationFailedException(errors.body());
		}
		return unique(changes, null, lookups) ? ValidationFailedException.of(NON_FIELD, ErrorTexts.BINDING_NOT_UNIQUE)
				: null;
	}

	private static void checkExistence(FieldErrors errors, JsonNode body, UUID target, UUID stage,
			BindingLookups lookups) {
		if (target != null && !errors.has("target") && !lookups.flowExists(target)) {
			errors.add("target", List.of(DrfUuids.doesNotExist(body.get("target"))));
		}
		if (stage != null && !errors.has("stage") && !lookups.stageExists(stage)) {
			errors.add("stage", List.of(DrfUuids.doesNotExist(body.get("stage"))));
		}
	}

	/**
	 * Whether the write collides with another binding: checked on create, and on update
	 * only when one of the three values changes (the others taken from the binding).
	 */
	private static boolean unique(FlowStageBindingChanges changes, FlowStageBinding current, BindingLookups lookups) {
		if (current == null) {
			return lookups.taken(changes.target(), changes.stage(), changes.order(), null);
		}
		UUID target = changes.targetOr(current);
		UUID stage = changes.stageOr(current);
		int order = changes.orderOr(current);
		boolean changed = !target.equals(current.target()) || !stage.equals(current.stage())
				|| order != current.order();
		return changed && lookups.taken(target, stage, order, current.pk());
	}

	/**
	 * A required PrimaryKeyRelatedField: DRF reads {@code ""} as null, which is not
	 * allowed.
	 */
	private static UUID related(JsonNode node) {
		UUID id = DrfUuids.relatedUuid(node, any -> true);
		if (id == null) {
			throw new FieldInvalid(ErrorTexts.NOT_NULL);
		}
		return id;
	}

}

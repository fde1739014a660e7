package io.passwordstage.stage;

import java.util.List;

import io.passwordstage.flow.FlowSetItems;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.RelatedPk;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;

/**
 * Validates a PasswordStage write: the DRF step ({@link #read}, before the route runs)
 * turns raw JSON into a {@link PasswordStageRequest}; then, in the service, Bean
 * Validation applies its constraints, and the lookups add what only the database knows.
 * Every failing field is reported at once.
 */
@Component
class PasswordStageValidator implements DrfStep<PasswordStageRequest> {

	/** Longest name accepted: what a unique index can hold. */
	static final int NAME_MAX_CHARACTERS = io.passwordstage.web.MaxLength.INDEXABLE;

	private final Validator validator;

	private final FlowSetValidator flowSets;

	PasswordStageValidator(Validator validator, FlowSetValidator flowSets) {
		this.validator = validator;
		this.flowSets = flowSets;
	}

	@Override
	public Class<PasswordStageRequest> type() {
		return PasswordStageRequest.class;
	}

	/** DRF's first step: needs no database. */
	@Override
	public PasswordStageRequest read(ObjectFields fields) {
		return new PasswordStageRequest(fields.read("name", DrfCoercion::text), fields.read("flow_set", flowSets::read),
				fields.read("backends", DrfCoercion::choices), fields.read("configure_flow", DrfUuids::relatedPk),
				fields.read("failed_attempts_before_cancel", DrfCoercion::integer),
				fields.read("allow_show_password", DrfCoercion::bool), fields.sent());
	}

	/**
	 * One pass in DRF's order. The rules only the database answers (a taken name, taken
	 * flow slugs, a configure flow that does not exist) are asked here when
	 * {@code lookups} must ask them or another rule failed; otherwise the schema's
	 * constraints answer them when the write runs, and {@link #databaseErrors} gives
	 * their error if one fires.
	 * @param partial whether required fields may be left out (PATCH)
	 */
	void validate(PasswordStageRequest request, boolean partial, StageLookups lookups) {
		FlowSetItems flowSet = request.flowSet() == null ? null
				: flowSets.validate(request.flowSet(), lookups::boundHere);
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), validator)
				: FieldErrors.of(request, request.sent().errors(), validator, Default.class, WholeBody.class);
		if (lookups.askAlways() || !errors.isEmpty() || (flowSet != null && flowSet.failed())) {
			checkDatabaseRules(errors, request.name(), flowSet, request.configureFlow(), lookups);
		}
		errors.throwIfAny();
	}

	/**
	 * The errors of the rules only the database answers, for a write that a constraint
	 * refused: asked now, once ({@code null} when they all hold now).
	 */
	ValidationFailedException databaseErrors(PasswordStageRequest request, StageLookups lookups) {
		FieldErrors errors = FieldErrors.empty(PasswordStageRequest.class);
		FlowSetItems flowSet = request.flowSet() == null ? null : FlowSetItems.newFlows(request.flows());
		checkDatabaseRules(errors, request.name(), flowSet, request.configureFlow(), lookups);
		return errors.isEmpty() ? null : new ValidationFailedException(errors.body());
	}

	private void checkDatabaseRules(FieldErrors errors, String name, FlowSetItems flowSet, RelatedPk configureFlow,
			StageLookups lookups) {
		if (name != null && !errors.has("name") && lookups.nameTaken(name)) {
			errors.addFirst("name", ErrorTexts.STAGE_NAME_TAKEN);
		}
		if (flowSet != null) {
			flowSet.checkTaken(lookups::slugTaken);
			if (flowSet.failed()) {
				errors.add("flow_set", flowSet.errorBody());
			}
		}
		if (configureFlow != null && !errors.has("configure_flow") && !lookups.flowExists(configureFlow.id())) {
			errors.add("configure_flow", List.of(configureFlow.doesNotExist()));
		}
	}

}

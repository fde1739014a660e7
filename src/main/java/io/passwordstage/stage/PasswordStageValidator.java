package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.flow.FlowSetItems;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfInput;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.RelatedPk;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Validates a PasswordStage write: the DRF step ({@link #read}, before the route runs)
 * turns raw JSON into a {@link PasswordStageInput}; then, in the service, Bean Validation
 * applies the constraints of a {@link PasswordStageRequest} (or
 * {@link PatchedPasswordStageRequest}), and the lookups add what only the database knows.
 * Every failing field is reported at once.
 */
@Component
class PasswordStageValidator implements DrfStep<PasswordStageInput> {

	/** Longest name accepted: what a unique index can hold. */
	static final int NAME_MAX_CHARACTERS = io.passwordstage.web.MaxLength.INDEXABLE;

	private final Validator validator;

	private final FlowSetValidator flowSets;

	PasswordStageValidator(Validator validator, FlowSetValidator flowSets) {
		this.validator = validator;
		this.flowSets = flowSets;
	}

	@Override
	public Class<PasswordStageInput> type() {
		return PasswordStageInput.class;
	}

	/** DRF's first step: needs no database. */
	@Override
	public PasswordStageInput read(ObjectFields fields) {
		return new PasswordStageInput(fields.read("name", DrfCoercion::text), fields.read("flow_set", flowSets::read),
				fields.read("backends", DrfCoercion::choices), fields.read("configure_flow", DrfUuids::relatedPk),
				fields.read("failed_attempts_before_cancel", DrfCoercion::integer),
				fields.read("allow_show_password", DrfCoercion::bool));
	}

	/**
	 * One pass in DRF's order. The rules only the database answers (a taken name, taken
	 * flow slugs, a configure flow that does not exist) are asked here when
	 * {@code lookups} must ask them or another rule failed; otherwise the schema's
	 * constraints answer them when the write runs, and {@link #databaseErrors} gives
	 * their error if one fires.
	 * @param partial whether required fields may be left out (PATCH)
	 */
	PasswordStageChanges validate(DrfInput<PasswordStageInput> input, boolean partial, StageLookups lookups) {
		PasswordStageInput in = input.values();
		FlowSetItems flowSet = in.flowSet() == null ? null : flowSets.validate(in.flowSet(), lookups::boundHere);
		UUID configureFlow = in.configureFlow() == null ? null : in.configureFlow().id();
		List<FlowSetRequest> items = flowSet == null || flowSet.failed() ? null : flowSet.requests();
		Record request = partial
				? new PatchedPasswordStageRequest(in.name(), items, in.backends(), configureFlow,
						in.failedAttemptsBeforeCancel(), in.allowShowPassword())
				: new PasswordStageRequest(in.name(), items, in.backends(), configureFlow,
						in.failedAttemptsBeforeCancel(), in.allowShowPassword());
		FieldErrors errors = FieldErrors.of(request, input.errors(), validator);
		if (lookups.askAlways() || !errors.isEmpty() || (flowSet != null && flowSet.failed())) {
			checkDatabaseRules(errors, in.name(), flowSet, in.configureFlow(), lookups);
		}
		errors.throwIfAny();
		Long attempts = in.failedAttemptsBeforeCancel();
		return new PasswordStageChanges(input.present(), in.name(), flowSet == null ? null : flowSet.requests(),
				in.backends(), configureFlow, attempts == null ? null : attempts.intValue(), in.allowShowPassword());
	}

	/**
	 * The errors of the rules only the database answers, for a write that a constraint
	 * refused: asked now, once ({@code null} when they all hold now).
	 */
	ValidationFailedException databaseErrors(DrfInput<PasswordStageInput> input, PasswordStageChanges changes,
			StageLookups lookups) {
		FieldErrors errors = FieldErrors.empty(PasswordStageRequest.class);
		FlowSetItems flowSet = changes.flowSet() == null ? null : FlowSetItems.newFlows(changes.flowSet());
		checkDatabaseRules(errors, changes.name(), flowSet, input.values().configureFlow(), lookups);
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

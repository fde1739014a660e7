package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.flow.FlowSetItems;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a PasswordStage write: the DRF step turns raw JSON into a
 * {@link PasswordStageRequest} (or {@link PatchedPasswordStageRequest}), Bean Validation
 * applies its constraints, and the lookups add what only the database knows. Every
 * failing field is reported at once.
 */
@Component
class PasswordStageValidator {

	/** Longest name accepted: what a unique index can hold. */
	static final int NAME_MAX_CHARACTERS = io.passwordstage.web.MaxLength.INDEXABLE;

	private final Validator validator;

	private final FlowSetValidator flowSets;

	PasswordStageValidator(Validator validator, FlowSetValidator flowSets) {
		this.validator = validator;
		this.flowSets = flowSets;
	}

	/**
	 * One pass in DRF's order. The rules only the database answers (a taken name, taken
	 * flow slugs, a configure flow that does not exist) are asked here when
	 * {@code lookups} must ask them or another rule failed; otherwise the schema's
	 * constraints answer them when the write runs, and {@link #databaseErrors} gives
	 * their error if one fires.
	 * @param partial whether required fields may be left out (PATCH)
	 */
	PasswordStageChanges validate(JsonNode body, boolean partial, StageLookups lookups) {
		ObjectFields fields = ObjectFields.ofBody(body);
		String name = fields.read("name", DrfCoercion::text);
		FlowSetItems flowSet = fields.read("flow_set", node -> flowSets.read(node, lookups::boundHere));
		List<String> backends = fields.read("backends", DrfCoercion::choices);
		UUID configureFlow = fields.read("configure_flow", node -> DrfUuids.relatedUuid(node, id -> true));
		Long attempts = fields.read("failed_attempts_before_cancel", DrfCoercion::integer);
		Boolean allowShowPassword = fields.read("allow_show_password", DrfCoercion::bool);
		List<FlowSetRequest> items = flowSet == null || flowSet.failed() ? null : flowSet.requests();
		Record request = partial
				? new PatchedPasswordStageRequest(name, items, backends, configureFlow, attempts, allowShowPassword)
				: new PasswordStageRequest(name, items, backends, configureFlow, attempts, allowShowPassword);
		FieldErrors errors = FieldErrors.of(request, fields.errors(), validator);
		if (lookups.askAlways() || !errors.isEmpty() || (flowSet != null && flowSet.failed())) {
			checkDatabaseRules(errors, body, name, flowSet, configureFlow, lookups);
		}
		errors.throwIfAny();
		return new PasswordStageChanges(fields.present(), name, flowSet == null ? null : flowSet.requests(), backends,
				configureFlow, attempts == null ? null : attempts.intValue(), allowShowPassword);
	}

	/**
	 * The errors of the rules only the database answers, for a write that a constraint
	 * refused: asked now, once.
	 */
	ValidationFailedException databaseErrors(JsonNode body, PasswordStageChanges changes, StageLookups lookups) {
		FieldErrors errors = FieldErrors.empty(PasswordStageRequest.class);
		FlowSetItems flowSet = changes.flowSet() == null ? null : FlowSetItems.newFlows(changes.flowSet());
		checkDatabaseRules(errors, body, changes.name(), flowSet, changes.configureFlow(), lookups);
		return errors.isEmpty() ? null : new ValidationFailedException(errors.body());
	}

	private void checkDatabaseRules(FieldErrors errors, JsonNode body, String name, FlowSetItems flowSet,
			UUID configureFlow, StageLookups lookups) {
		if (name != null && !errors.has("name") && lookups.nameTaken(name)) {
			errors.addFirst("name", ErrorTexts.STAGE_NAME_TAKEN);
		}
		if (flowSet != null) {
			flowSet.checkTaken(lookups::slugTaken);
			if (flowSet.failed()) {
				errors.add("flow_set", flowSet.errorBody());
			}
		}
		if (configureFlow != null && !errors.has("configure_flow") && !lookups.flowExists(configureFlow)) {
			errors.add("configure_flow", List.of(DrfUuids.doesNotExist(body.get("configure_flow"))));
		}
	}

}

package io.passwordstage.stage;

import java.util.List;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
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
	 * @param partial whether required fields may be left out (PATCH)
	 */
	PasswordStageChanges validate(JsonNode body, boolean partial, StageLookups lookups) {
		ObjectFields fields = ObjectFields.ofBody(body);
		String name = fields.read("name", DrfCoercion::text);
		List<FlowSetRequest> flowSet = fields.read("flow_set",
				node -> flowSets.validate(node, lookups::boundHere, lookups::slugTaken));
		List<String> backends = fields.read("backends", DrfCoercion::choices);
		var configureFlow = fields.read("configure_flow", node -> DrfUuids.relatedUuid(node, lookups::flowExists));
		Long attempts = fields.read("failed_attempts_before_cancel", DrfCoercion::integer);
		Boolean allowShowPassword = fields.read("allow_show_password", DrfCoercion::bool);
		Record request = partial
				? new PatchedPasswordStageRequest(name, flowSet, backends, configureFlow, attempts, allowShowPassword)
				: new PasswordStageRequest(name, flowSet, backends, configureFlow, attempts, allowShowPassword);
		FieldErrors errors = FieldErrors.of(request, fields.errors(), validator);
		if (name != null && !errors.has("name") && lookups.nameTaken(name)) {
			errors.addFirst("name", ErrorTexts.STAGE_NAME_TAKEN);
		}
		errors.throwIfAny();
		return new PasswordStageChanges(fields.present(), name, flowSet, backends, configureFlow,
				attempts == null ? null : attempts.intValue(), allowShowPassword);
	}

}

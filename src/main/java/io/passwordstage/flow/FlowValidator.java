package io.passwordstage.flow;

import java.util.function.Predicate;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a flow's create or update body as authentik's FlowSerializer does: the DRF
 * step, then the request record's constraints in the chosen line's rules, then the slug's
 * uniqueness. Read-only and unknown keys are ignored.
 */
@Component
class FlowValidator {

	private final Validator validator;

	private final ApiSchema schema;

	FlowValidator(Validator validator, ApiSchema schema) {
		this.validator = validator;
		this.schema = schema;
	}

	Validator beanValidator() {
		return validator;
	}

	/**
	 * @param partial whether required fields may be left out (PATCH)
	 * @param slugTaken whether a slug belongs to another flow
	 */
	FlowChanges validate(JsonNode body, boolean partial, Predicate<String> slugTaken) {
		ObjectFields fields = ObjectFields.ofBody(body);
		String name = fields.read("name", DrfCoercion::text);
		String slug = fields.read("slug", DrfCoercion::text);
		String title = fields.read("title", DrfCoercion::text);
		String designation = fields.read("designation", DrfCoercion::choice);
		String policyEngineMode = fields.read("policy_engine_mode", DrfCoercion::choice);
		Boolean compatibilityMode = fields.read("compatibility_mode", DrfCoercion::bool);
		String layout = fields.read("layout", DrfCoercion::choice);
		String deniedAction = fields.read("denied_action", DrfCoercion::choice);
		String authentication = fields.read("authentication", DrfCoercion::choice);
		String background = fields.read("background", DrfCoercion::text);
		Record request = partial
				? new PatchedFlowRequest(name, slug, title, designation, policyEngineMode, compatibilityMode, layout,
						deniedAction, authentication, background)
				: new FlowRequest(name, slug, title, designation, policyEngineMode, compatibilityMode, layout,
						deniedAction, authentication, background);
		FieldErrors errors = FieldErrors.of(request, fields.errors(), validator, Default.class, schema.rules());
		if (slug != null && !slug.isEmpty() && slug.indexOf('\0') < 0 && !fields.errors().containsKey("slug")
				&& slugTaken.test(slug)) {
			errors.addFirst("slug", ErrorTexts.FLOW_SLUG_TAKEN);
		}
		errors.throwIfAny();
		return new FlowChanges(fields.present(), name, slug, title, designation, policyEngineMode, compatibilityMode,
				layout, deniedAction, authentication, background);
	}

}

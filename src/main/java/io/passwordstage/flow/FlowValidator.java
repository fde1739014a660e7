package io.passwordstage.flow;

import java.util.function.Predicate;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;

/**
 * Validates a flow's create or update body as authentik's FlowSerializer does: the DRF
 * step, then the request record's constraints in the chosen line's rules, then the slug's
 * uniqueness. Read-only and unknown keys are ignored.
 */
@Component
class FlowValidator implements DrfStep<FlowRequest> {

	private final Validator validator;

	private final ApiSchema schema;

	FlowValidator(Validator validator, ApiSchema schema) {
		this.validator = validator;
		this.schema = schema;
	}

	Validator beanValidator() {
		return validator;
	}

	@Override
	public Class<FlowRequest> type() {
		return FlowRequest.class;
	}

	/** DRF's first step: needs no database. */
	@Override
	public FlowRequest read(ObjectFields fields) {
		return new FlowRequest(fields.read("name", DrfCoercion::text), fields.read("slug", DrfCoercion::text),
				fields.read("title", DrfCoercion::text), fields.read("designation", DrfCoercion::choice),
				fields.read("policy_engine_mode", DrfCoercion::choice),
				fields.read("compatibility_mode", DrfCoercion::bool), fields.read("layout", DrfCoercion::choice),
				fields.read("denied_action", DrfCoercion::choice), fields.read("authentication", DrfCoercion::choice),
				fields.read("background", DrfCoercion::text), fields.sent());
	}

	/**
	 * @param partial whether required fields may be left out (PATCH)
	 * @param slugTaken whether a slug belongs to another flow
	 */
	void validate(FlowRequest request, boolean partial, Predicate<String> slugTaken) {
		FieldErrors errors = partial
				? FieldErrors.of(request, request.sent().errors(), validator, Default.class, schema.rules())
				: FieldErrors.of(request, request.sent().errors(), validator, Default.class, schema.rules(),
						WholeBody.class);
		String slug = request.slug();
		if (slug != null && !slug.isEmpty() && slug.indexOf('\0') < 0 && !request.sent().errors().containsKey("slug")
				&& slugTaken.test(slug)) {
			errors.addFirst("slug", ErrorTexts.FLOW_SLUG_TAKEN);
		}
		errors.throwIfAny();
	}

}

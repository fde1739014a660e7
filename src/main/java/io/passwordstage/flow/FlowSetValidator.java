package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a {@code flow_set} value as authentik's FlowSetSerializer does; errors come
 * back as a list aligned with the input, {@code {}} for valid items.
 */
@Component
public class FlowSetValidator {

	private final Validator validator;

	private final ApiSchema schema;

	public FlowSetValidator(Validator validator, ApiSchema schema) {
		this.validator = validator;
		this.schema = schema;
	}

	/**
	 * The items and the rules that need no database; {@link FlowSetItems#checkTaken} adds
	 * the one that does.
	 * @param boundHere whether a slug names a flow already bound to the stage (its item
	 * may omit fields)
	 */
	public FlowSetItems read(JsonNode value, Predicate<String> boundHere) {
		if (value.isNull()) {
			throw new FieldInvalid(ErrorTexts.NOT_NULL);
		}
		if (!value.isArray()) {
			throw new FieldInvalid(Map.of("non_field_errors", List.of(DrfCoercion.notAList(value))));
		}
		FlowSetItems items = new FlowSetItems();
		Set<String> seen = new HashSet<>();
		for (JsonNode node : value) {
			item(node, seen, items, boundHere);
		}
		return items;
	}

	private void item(JsonNode node, Set<String> seen, FlowSetItems items, Predicate<String> boundHere) {
		if (node.isNull()) {
			items.addInvalid(List.of(ErrorTexts.NOT_NULL));
			return;
		}
		if (!node.isObject()) {
			items.addInvalid(Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(node))));
			return;
		}
		ObjectFields fields = new ObjectFields(node);
		FlowSetRequest item = new FlowSetRequest(fields.read("name", DrfCoercion::text),
				fields.read("slug", DrfCoercion::text), fields.read("title", DrfCoercion::text),
				fields.read("designation", DrfCoercion::choice), fields.read("policy_engine_mode", DrfCoercion::choice),
				fields.read("compatibility_mode", DrfCoercion::bool), fields.read("layout", DrfCoercion::choice),
				fields.read("denied_action", DrfCoercion::choice));
		String slug = item.slug();
		boolean wellFormed = FlowSetRequest.wellFormed(slug, schema);
		boolean bound = wellFormed && boundHere.test(slug);
		FieldErrors errors = bound ? FieldErrors.of(item, fields.errors(), validator, Default.class, schema.rules())
				: FieldErrors.of(item, fields.errors(), validator, Default.class, schema.rules(),
						FlowSetRequest.NewFlow.class);
		boolean named = slug != null && !slug.isEmpty() && !fields.errors().containsKey("slug");
		if (named && !bound && seen.contains(slug)) {
			errors.addFirst("slug", ErrorTexts.FLOW_SLUG_TAKEN);
		}
		if (errors.isEmpty()) {
			seen.add(slug);
		}
		items.add(item, errors, named && !bound && wellFormed);
	}

}

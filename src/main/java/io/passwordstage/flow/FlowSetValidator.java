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

	/** DRF's first step for a {@code flow_set} value: needs no database. */
	public FlowSetInput read(JsonNode value) {
		if (value.isNull()) {
			throw new FieldInvalid(ErrorTexts.NOT_NULL);
		}
		if (!value.isArray()) {
			throw new FieldInvalid(Map.of("non_field_errors", List.of(DrfCoercion.notAList(value))));
		}
		List<FlowSetInput.Item> items = new ArrayList<>();
		for (JsonNode node : value) {
			if (node.isNull()) {
				items.add(new FlowSetInput.Item(null, null, List.of(ErrorTexts.NOT_NULL)));
			}
			else if (!node.isObject()) {
				items.add(new FlowSetInput.Item(null, null,
						Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(node)))));
			}
			else {
				ObjectFields fields = new ObjectFields(node);
				FlowSetRequest item = new FlowSetRequest(fields.read("name", DrfCoercion::text),
						fields.read("slug", DrfCoercion::text), fields.read("title", DrfCoercion::text),
						fields.read("designation", DrfCoercion::choice),
						fields.read("policy_engine_mode", DrfCoercion::choice),
						fields.read("compatibility_mode", DrfCoercion::bool),
						fields.read("layout", DrfCoercion::choice), fields.read("denied_action", DrfCoercion::choice));
				items.add(new FlowSetInput.Item(item, fields.sent().errors(), null));
			}
		}
		return new FlowSetInput(List.copyOf(items));
	}

	/**
	 * The items' rules that need no database but which flows the stage is bound to;
	 * {@link FlowSetItems#checkTaken} adds the one that does.
	 * @param boundHere whether a slug names a flow already bound to the stage (its item
	 * may omit fields)
	 */
	public FlowSetItems validate(FlowSetInput input, Predicate<String> boundHere) {
		FlowSetItems items = new FlowSetItems();
		Set<String> seen = new HashSet<>();
		for (FlowSetInput.Item item : input.items()) {
			if (item.notAnObject() != null) {
				items.addInvalid(item.notAnObject());
			}
			else {
				item(item.values(), item.errors(), seen, items, boundHere);
			}
		}
		return items;
	}

	private void item(FlowSetRequest item, Map<String, Object> coercionErrors, Set<String> seen, FlowSetItems items,
			Predicate<String> boundHere) {
		String slug = item.slug();
		boolean wellFormed = FlowSetRequest.wellFormed(slug, schema);
		boolean bound = wellFormed && boundHere.test(slug);
		FieldErrors errors = bound ? FieldErrors.of(item, coercionErrors, validator, Default.class, schema.rules())
				: FieldErrors.of(item, coercionErrors, validator, Default.class, schema.rules(),
						FlowSetRequest.NewFlow.class);
		boolean named = slug != null && !slug.isEmpty() && !coercionErrors.containsKey("slug");
		if (named && !bound && seen.contains(slug)) {
			errors.addFirst("slug", ErrorTexts.FLOW_SLUG_TAKEN);
		}
		if (errors.isEmpty()) {
			seen.add(slug);
		}
		items.add(item, errors, named && !bound && wellFormed);
	}

}

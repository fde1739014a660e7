package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import tools.jackson.databind.JsonNode;

/**
 * Validates a {@code flow_set} value as authentik's FlowSetSerializer does; errors come
 * back as a list aligned with the input, {@code {}} for valid items.
 */
final class FlowSetValidator {

	static final String SLUG_TAKEN = "Flow with this slug already exists.";

	private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");

	private static final Set<String> DESIGNATIONS = WireEnum.values(FlowDesignation.class);

	private static final Set<String> ENGINE_MODES = WireEnum.values(PolicyEngineMode.class);

	private static final Set<String> LAYOUTS = WireEnum.values(FlowLayout.class);

	private static final Set<String> DENIED_ACTIONS = WireEnum.values(DeniedAction.class);

	private final Predicate<String> boundHere;

	private final Predicate<String> taken;

	/**
	 * @param boundHere whether a slug names a flow already bound to the stage (its item
	 * may omit fields)
	 * @param taken whether a slug names any existing flow
	 */
	FlowSetValidator(Predicate<String> boundHere, Predicate<String> taken) {
		this.boundHere = boundHere;
		this.taken = taken;
	}

	List<FlowSetRequest> read(JsonNode value) {
		if (value.isNull()) {
			throw new FieldInvalid(DrfCoercion.NOT_NULL);
		}
		if (!value.isArray()) {
			throw new FieldInvalid(Map.of("non_field_errors", List.of(DrfCoercion.notAList(value))));
		}
		List<FlowSetRequest> items = new ArrayList<>();
		List<Object> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean failed = false;
		for (JsonNode node : value) {
			Object itemErrors = readItem(node, seen, items);
			failed |= !(itemErrors instanceof Map<?, ?> map && map.isEmpty());
			errors.add(itemErrors);
		}
		if (failed) {
			throw new FieldInvalid(errors);
		}
		return items;
	}

	private Object readItem(JsonNode node, Set<String> seen, List<FlowSetRequest> items) {
		if (node.isNull()) {
			return List.of(DrfCoercion.NOT_NULL);
		}
		if (!node.isObject()) {
			return Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(node)));
		}
		ObjectFields slugReader = new ObjectFields(node);
		String slug = slugReader.read("slug", true, n -> slug(n, seen));
		boolean required = slug == null || !boundHere.test(slug);
		ObjectFields fields = new ObjectFields(node);
		String name = fields.read("name", required, FlowSetValidator::text);
		fields.merge(slugReader);
		String title = fields.read("title", required, FlowSetValidator::text);
		String designation = fields.read("designation", required, n -> DrfCoercion.choice(n, DESIGNATIONS));
		String engineMode = fields.read("policy_engine_mode", false, n -> DrfCoercion.choice(n, ENGINE_MODES));
		Boolean compatibility = fields.read("compatibility_mode", false, DrfCoercion::bool);
		String layout = fields.read("layout", false, n -> DrfCoercion.choice(n, LAYOUTS));
		String deniedAction = fields.read("denied_action", false, n -> DrfCoercion.choice(n, DENIED_ACTIONS));
		if (fields.errors().isEmpty()) {
			seen.add(slug);
			items.add(new FlowSetRequest(name, slug, title, designation, engineMode, compatibility, layout,
					deniedAction));
		}
		return fields.errors();
	}

	private static String text(JsonNode node) {
		String value = DrfCoercion.text(node);
		List<String> problems = DrfCoercion.characterProblems(value);
		if (!problems.isEmpty()) {
			throw new FieldInvalid(problems);
		}
		return value;
	}

	private String slug(JsonNode node, Set<String> seen) {
		String value = DrfCoercion.text(node);
		List<String> problems = new ArrayList<>();
		List<String> characterProblems = DrfCoercion.characterProblems(value);
		boolean wellFormed = value.length() <= 50 && SLUG.matcher(value).matches();
		boolean bound = wellFormed && boundHere.test(value);
		if (!bound && (seen.contains(value) || (wellFormed && taken.test(value)))) {
			problems.add(SLUG_TAKEN);
		}
		if (value.length() > 50) {
			problems.add("Ensure this field has no more than 50 characters.");
		}
		problems.addAll(characterProblems);
		if (!SLUG.matcher(value).matches()) {
			problems.add("Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.");
		}
		if (!problems.isEmpty()) {
			throw new FieldInvalid(problems);
		}
		return value;
	}

}

package io.passwordstage.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.web.WireEnum;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.ValidationFailedException;
import tools.jackson.databind.JsonNode;

/**
 * Validates a PasswordStage write body with authentik's rules, coercions and message
 * texts.
 */
final class PasswordStageValidator {

	/**
	 * Longest name accepted: four bytes a character still fits PostgreSQL's btree index
	 * row limit.
	 */
	static final int NAME_MAX_CHARACTERS = 512;

	static final String NAME_TAKEN = "stage with this name already exists.";

	private static final Set<String> BACKENDS = WireEnum.values(Backend.class);

	private final Predicate<String> nameTaken;

	private final Predicate<UUID> flowExists;

	private final Function<JsonNode, List<FlowSetRequest>> flowSetReader;

	PasswordStageValidator(Predicate<String> nameTaken, Predicate<UUID> flowExists,
			Function<JsonNode, List<FlowSetRequest>> flowSetReader) {
		this.nameTaken = nameTaken;
		this.flowExists = flowExists;
		this.flowSetReader = flowSetReader;
	}

	/**
	 * @param partial whether required fields may be left out (PATCH)
	 */
	PasswordStageChanges read(JsonNode body, boolean partial) {
		if (body.isNull()) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of("No data provided")));
		}
		if (!body.isObject()) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(body))));
		}
		ObjectFields fields = new ObjectFields(body);
		String name = fields.read("name", !partial, this::name);
		List<FlowSetRequest> flowSet = fields.read("flow_set", false, flowSetReader);
		List<String> backends = fields.read("backends", !partial, PasswordStageValidator::backends);
		UUID configureFlow = fields.read("configure_flow", false, n -> DrfCoercion.relatedUuid(n, flowExists));
		Integer failedAttempts = fields.read("failed_attempts_before_cancel", false, DrfCoercion::int32);
		Boolean allowShowPassword = fields.read("allow_show_password", false, DrfCoercion::bool);
		if (!fields.errors().isEmpty()) {
			throw new ValidationFailedException(fields.errors());
		}
		return new PasswordStageChanges(fields.present(), name, flowSet, backends, configureFlow, failedAttempts,
				allowShowPassword);
	}

	private String name(JsonNode node) {
		String value = DrfCoercion.text(node);
		List<String> characterProblems = DrfCoercion.characterProblems(value);
		boolean tooLong = value.codePointCount(0, value.length()) > NAME_MAX_CHARACTERS;
		List<String> problems = new ArrayList<>();
		if (characterProblems.isEmpty() && !tooLong && nameTaken.test(value)) {
			problems.add(NAME_TAKEN);
		}
		if (tooLong) {
			problems.add("Ensure this field has no more than " + NAME_MAX_CHARACTERS + " characters.");
		}
		problems.addAll(characterProblems);
		if (!problems.isEmpty()) {
			throw new FieldInvalid(problems);
		}
		return value;
	}

	private static List<String> backends(JsonNode node) {
		List<JsonNode> items = DrfCoercion.list(node);
		if (items.isEmpty()) {
			throw new FieldInvalid("This list may not be empty.");
		}
		List<String> values = new ArrayList<>(items.size());
		Map<String, Object> errors = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			try {
				values.add(DrfCoercion.choice(items.get(i), BACKENDS));
			}
			catch (FieldInvalid ex) {
				errors.put(String.valueOf(i), ex.detail());
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldInvalid(errors);
		}
		return values;
	}

}

package io.passwordstage.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The DRF step over the fields of one JSON object: each present key's value parsed, every
 * failing field's error collected (DRF reports all failing fields together), and which
 * keys were present.
 */
public final class ObjectFields {

	private final JsonNode object;

	private final Map<String, Object> errors = new LinkedHashMap<>();

	private final Set<String> present = new HashSet<>();

	public ObjectFields(JsonNode object) {
		this.object = object;
	}

	/**
	 * The fields of a request body, which must be a JSON object: DRF's
	 * {@code non_field_errors} otherwise.
	 */
	public static ObjectFields ofBody(JsonNode body) {
		if (body.isNull()) {
			throw new ValidationFailedException(Map.of("non_field_errors", java.util.List.of(ErrorTexts.NO_DATA)));
		}
		if (!body.isObject()) {
			throw new ValidationFailedException(
					Map.of("non_field_errors", java.util.List.of(DrfCoercion.notAnObject(body))));
		}
		return new ObjectFields(body);
	}

	/**
	 * The parsed value, or {@code null} when the key is absent or invalid (its error
	 * recorded).
	 */
	public <T> T read(String key, Function<JsonNode, T> parser) {
		JsonNode node = object.get(key);
		if (node == null) {
			return null;
		}
		present.add(key);
		try {
			return parser.apply(node);
		}
		catch (FieldInvalid ex) {
			errors.put(key, ex.detail());
			return null;
		}
	}

	/**
	 * The keys read so far and their errors: read last, after every field, in a request
	 * record's last component.
	 */
	public Sent sent() {
		return new Sent(Set.copyOf(present), Map.copyOf(errors));
	}

}

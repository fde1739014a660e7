package io.passwordstage.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object in serializer order, collecting every field's
 * errors (as DRF reports all failing fields together) and which keys were present.
 */
public final class ObjectFields {

	private final JsonNode object;

	private final Map<String, Object> errors = new LinkedHashMap<>();

	private final Set<String> present = new HashSet<>();

	public ObjectFields(JsonNode object) {
		this.object = object;
	}

	/**
	 * The parsed value, or {@code null} when the key is absent or invalid (its error
	 * recorded).
	 */
	public <T> T read(String key, boolean required, Function<JsonNode, T> parser) {
		JsonNode node = object.get(key);
		if (node == null) {
			if (required) {
				errors.put(key, List.of(DrfCoercion.REQUIRED));
			}
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
	 * Appends another reader's errors after this one's (to keep serializer field order).
	 */
	public void merge(ObjectFields other) {
		errors.putAll(other.errors);
		present.addAll(other.present);
	}

	public Map<String, Object> errors() {
		return errors;
	}

	public Set<String> present() {
		return present;
	}

}

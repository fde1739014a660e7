package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.passwordstage.web.ValidationFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import's {@code context}: a JSON object whose top-level keys {@code !Context} tags
 * read. It is data the caller sent and nothing else: the server's environment, settings
 * and files are never part of it.
 */
final class ImportContext {

	static final String INVALID_JSON = "Context must be valid JSON";

	static final String NOT_AN_OBJECT = "Context must be a JSON object";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportContext() {
	}

	/**
	 * The object in {@code text} ({@code null} or blank: none); anything else is a 400 on
	 * {@code context}, and so is an object deeper or larger than a blueprint may be.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> parse(String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		Object value;
		try {
			value = JSON.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw ValidationFailedException.of("context", INVALID_JSON);
		}
		if (!(value instanceof Map<?, ?>)) {
			throw ValidationFailedException.of("context", NOT_AN_OBJECT);
		}
		try {
			return (Map<String, Object>) Tree.plain(value, BlueprintReader.MAX_DEPTH, BlueprintReader.MAX_VALUES);
		}
		catch (BlueprintInvalid ex) {
			throw ValidationFailedException.of("context", ex.getMessage().replace("The file", "The context"));
		}
	}

	/**
	 * A blueprint file's own {@code context} with the import's merged into it as
	 * authentik merges them: mappings key by key, lists one after the other, any other
	 * value replaced by the import's.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> merged(Object fileContext, Map<String, Object> context) {
		if (fileContext != null && !(fileContext instanceof Map<?, ?>)) {
			throw new BlueprintInvalid("context: must be a mapping");
		}
		Map<String, Object> merged = new LinkedHashMap<>();
		if (fileContext != null) {
			merged.putAll((Map<String, Object>) fileContext);
		}
		context.forEach((key, value) -> merged.put(key, merge(merged.get(key), value)));
		return merged;
	}

	@SuppressWarnings("unchecked")
	private static Object merge(Object base, Object value) {
		if (base instanceof Map<?, ?> baseMap && value instanceof Map<?, ?> valueMap) {
			Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) baseMap);
			((Map<String, Object>) valueMap).forEach((key, inner) -> merged.put(key, merge(merged.get(key), inner)));
			return merged;
		}
		if (base instanceof List<?> baseList && value instanceof List<?> valueList) {
			List<Object> merged = new ArrayList<>(baseList);
			merged.addAll(valueList);
			return merged;
		}
		return value;
	}

}

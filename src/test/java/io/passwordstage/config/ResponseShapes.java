package io.passwordstage.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Checks a response against an authentik schema the way authentik's generated Go clients
 * decode it: every property its component marks required is there, no property the
 * component lacks is there (the 2025.8 clients decode with
 * {@code DisallowUnknownFields}), enums hold one of their values, and nothing is null
 * unless the property is nullable.
 */
final class ResponseShapes {

	private final Map<String, Object> document;

	ResponseShapes(Map<String, Object> document) {
		this.document = document;
	}

	/**
	 * The schema of an operation's success response, e.g. ("/flows/instances/", "get").
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> successSchema(String path, String method) {
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
			.get("paths")).get(path)).get(method);
		Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
		for (String code : List.of("200", "201")) {
			if (responses.get(code) instanceof Map<?, ?> response && response.get("content") != null) {
				Map<String, Object> content = (Map<String, Object>) response.get("content");
				return (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
			}
		}
		throw new IllegalArgumentException("no success body for " + method + " " + path);
	}

	/** What in {@code value} the schema's decoder would refuse, by JSON path. */
	List<String> problems(JsonNode value, Map<String, Object> schema) {
		List<String> problems = new ArrayList<>();
		check("$", value, schema, problems);
		return problems;
	}

	@SuppressWarnings("unchecked")
	private void check(String at, JsonNode value, Map<String, Object> schema, List<String> problems) {
		schema = resolve(schema);
		if (value.isNull()) {
			return;
		}
		if (schema.get("allOf") instanceof List<?> allOf) {
			check(at, value, (Map<String, Object>) allOf.get(0), problems);
			return;
		}
		Object type = schema.get("type");
		if (schema.get("enum") instanceof List<?> values && !values.contains(value.asString())) {
			problems.add(at + " = " + value + " is not one of " + values);
		}
		if ("array".equals(type)) {
			if (!value.isArray()) {
				problems.add(at + " is not an array");
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				check(at + "[" + i + "]", value.get(i), (Map<String, Object>) schema.get("items"), problems);
			}
		}
		else if ("object".equals(type) || schema.containsKey("properties")) {
			objectProblems(at, value, schema, problems);
		}
		else if ("string".equals(type) && !value.isString()) {
			problems.add(at + " is not a string");
		}
		else if ("integer".equals(type) && !value.isIntegralNumber()) {
			problems.add(at + " is not an integer");
		}
		else if ("boolean".equals(type) && !value.isBoolean()) {
			problems.add(at + " is not a boolean");
		}
	}

	@SuppressWarnings("unchecked")
	private void objectProblems(String at, JsonNode value, Map<String, Object> schema, List<String> problems) {
		if (!value.isObject()) {
			problems.add(at + " is not an object");
			return;
		}
		Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
		Set<String> keys = new HashSet<>(value.propertyNames());
		for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
			if (!keys.contains(required)) {
				problems.add(at + " lacks required " + required);
			}
			else if (value.get((String) required).isNull() && properties.get(required) instanceof Map<?, ?> property
					&& !nullable((Map<String, Object>) property)) {
				problems.add(at + "." + required + " is required and null");
			}
		}
		for (String key : keys) {
			if (properties.get(key) instanceof Map<?, ?> property) {
				check(at + "." + key, value.get(key), (Map<String, Object>) property, problems);
			}
			else if (schema.get("additionalProperties") == null) {
				problems.add(at + " has " + key + ", which the schema lacks");
			}
		}
	}

	private boolean nullable(Map<String, Object> property) {
		return Boolean.TRUE.equals(property.get("nullable")) || Boolean.TRUE.equals(resolve(property).get("nullable"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> resolve(Map<String, Object> schema) {
		while (schema.get("$ref") instanceof String ref) {
			Object target = document;
			for (String part : ref.substring(2).split("/")) {
				target = ((Map<String, Object>) target).get(part);
			}
			schema = (Map<String, Object>) target;
		}
		return schema;
	}

}

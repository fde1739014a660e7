package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blueprint file's {@code entries}, read into {@link Blueprint.Entry}s as authentik
 * reads them.
 */
final class BlueprintEntries {

	private BlueprintEntries() {
	}

	/** authentik takes a list of entries, or a mapping of named lists of them. */
	static List<?> list(Object entries) {
		if (entries == null) {
			return List.of();
		}
		if (entries instanceof List<?> list) {
			return list;
		}
		if (entries instanceof Map<?, ?> sections) {
			List<Object> all = new ArrayList<>();
			for (Object section : sections.values()) {
				if (!(section instanceof List<?> list)) {
					throw new BlueprintInvalid("entries: each section must be a list of entries");
				}
				all.addAll(list);
			}
			return all;
		}
		throw new BlueprintInvalid("entries: must be a list of entries");
	}

	/** One entry of the file, checked as authentik reads it. */
	static Blueprint.Entry entry(Object value) {
		if (!(value instanceof Map<?, ?> entry)) {
			throw new BlueprintInvalid("entries: each entry must be a mapping");
		}
		if (!(entry.get("model") instanceof String model)) {
			throw new BlueprintInvalid("entries: each entry needs a model (app_label.model_name)");
		}
		Object state = entry.containsKey("state") ? entry.get("state") : "present";
		Blueprint.State desired = switch (String.valueOf(state)) {
			case "present" -> Blueprint.State.PRESENT;
			case "created" -> Blueprint.State.CREATED;
			case "must_created" -> Blueprint.State.MUST_CREATED;
			case "absent" -> Blueprint.State.ABSENT;
			default -> throw new BlueprintInvalid("'" + state + "' is not a valid BlueprintEntryDesiredState");
		};
		if (entry.get("permissions") instanceof List<?> permissions && !permissions.isEmpty()) {
			throw new BlueprintInvalid(model + ": object permissions are not supported (this service has no users or"
					+ " roles to give them to)");
		}
		Object id = entry.get("id");
		if (id != null && !(id instanceof String)) {
			throw new BlueprintInvalid(model + ": id must be text");
		}
		return new Blueprint.Entry(model, desired, mapping(entry, "identifiers", model), mapping(entry, "attrs", model),
				(String) id, conditions(entry.get("conditions"), model));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapping(Map<?, ?> entry, String key, String model) {
		Object value = entry.get(key);
		if (value == null) {
			return new LinkedHashMap<>();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new BlueprintInvalid(model + ": " + key + " must be a mapping");
		}
		return new LinkedHashMap<>((Map<String, Object>) map);
	}

	private static List<Object> conditions(Object value, String model) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new BlueprintInvalid(model + ": conditions must be a list");
		}
		return new ArrayList<>(list);
	}

}

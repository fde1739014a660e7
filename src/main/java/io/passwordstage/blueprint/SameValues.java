package io.passwordstage.blueprint;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Whether a write would change an object: its representation against a body. */
final class SameValues {

	private SameValues() {
	}

	/**
	 * Whether the object already has every value the body gives for its fields (fields
	 * the object does not show are left out of the comparison, as a write ignores them).
	 */
	static boolean holds(JsonNode current, JsonNode body) {
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			JsonNode now = current.get(field.getKey());
			if (now != null && !same(now, field.getValue())) {
				return false;
			}
		}
		return true;
	}

	static boolean same(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!same(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

}

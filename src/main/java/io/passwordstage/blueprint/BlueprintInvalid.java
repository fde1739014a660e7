package io.passwordstage.blueprint;

import java.util.Map;

/**
 * Why a blueprint, or one of its entries, cannot be applied: the text of the warning the
 * import answers with, and what it names (the entry, the field errors).
 */
class BlueprintInvalid extends RuntimeException {

	private final transient Map<String, Object> attributes;

	BlueprintInvalid(String message) {
		this(message, Map.of());
	}

	BlueprintInvalid(String message, Map<String, Object> attributes) {
		super(message, null, false, false);
		this.attributes = attributes;
	}

	Map<String, Object> attributes() {
		return attributes;
	}

}

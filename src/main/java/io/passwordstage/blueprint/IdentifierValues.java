package io.passwordstage.blueprint;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.web.DrfUuids;

/** An identifier's value as its column takes it, or why it cannot be one. */
final class IdentifierValues {

	private IdentifierValues() {
	}

	static Object of(String field, BlueprintModel.Kind kind, Object value) {
		return switch (kind) {
			case UUID -> uuid(field, value);
			case INTEGER -> integer(field, value);
			case TEXT -> {
				if (value instanceof Map<?, ?> || value instanceof List<?> || value == null) {
					throw new BlueprintInvalid("Invalid identifier value for " + field + ": must be text");
				}
				String text = String.valueOf(value);
				if (text.indexOf('\0') >= 0) {
					throw new BlueprintInvalid(
							"Invalid identifier value for " + field + ": Null characters are not allowed.");
				}
				yield text;
			}
		};
	}

	static UUID uuid(String field, Object value) {
		UUID uuid = value instanceof String text && text.length() <= 64 ? DrfUuids.parseUuid(text) : null;
		if (uuid != null) {
			return uuid;
		}
		throw new BlueprintInvalid(
				"Invalid identifier value for " + field + ": “" + Tree.printable(value) + "” is not a valid UUID.");
	}

	private static int integer(String field, Object value) {
		try {
			if (value instanceof Integer number) {
				return number;
			}
			if (value instanceof String text && text.strip().matches("-?\\d{1,10}")) {
				return Integer.parseInt(text.strip());
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BlueprintInvalid("Invalid identifier value for " + field + ": a valid integer is required.");
	}

}

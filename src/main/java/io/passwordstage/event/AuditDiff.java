package io.passwordstage.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * authentik Enterprise's audit diff: for each field whose value differs between two
 * states, {@code {"previous_value": ..., "new_value": ...}}; unchanged fields are left
 * out. Values are sanitized as authentik's events are (a uuid as its hex).
 */
final class AuditDiff {

	private AuditDiff() {
	}

	/**
	 * The diff from {@code before} to {@code after}; an empty map stands for "no state"
	 * (before a create, after a delete).
	 */
	static Map<String, Object> between(Map<String, Object> before, Map<String, Object> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		Map<String, Object> diff = new LinkedHashMap<>();
		for (String field : fields) {
			Object previous = sanitize(before.get(field));
			Object next = sanitize(after.get(field));
			if (!Objects.equals(previous, next)) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("previous_value", previous);
				change.put("new_value", next);
				diff.put(field, change);
			}
		}
		return diff;
	}

	private static Object sanitize(Object value) {
		if (value instanceof UUID uuid) {
			return uuid.toString().replace("-", "");
		}
		if (value instanceof Object[] array) {
			return sanitize(List.of(array));
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(AuditDiff::sanitize).toList();
		}
		return value;
	}

}

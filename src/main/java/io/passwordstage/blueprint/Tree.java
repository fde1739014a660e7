package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of a loaded blueprint as plain data: mappings with text keys, lists, text,
 * numbers, booleans, null and {@link Blueprint.Reference}s ({@code !KeyOf},
 * {@code !Find}).
 */
final class Tree {

	private Tree() {
	}

	/**
	 * A copy of {@code value} in plain data, refusing trees deeper than {@code maxDepth}
	 * or with more than {@code maxValues} values once aliases are expanded (so that a few
	 * nested aliases cannot make a small file a huge tree, and a recursive one cannot
	 * make an endless one).
	 */
	static Object plain(Object value, int maxDepth, int maxValues) {
		return plain(value, maxDepth, maxValues, null);
	}

	/**
	 * {@link #plain(Object, int, int)}, with each {@code !Context} replaced by the value
	 * {@code context} gives it (counted at every place it is used); {@code null}: the tag
	 * is refused.
	 */
	static Object plain(Object value, int maxDepth, int maxValues, Function<Blueprint.ContextOf, Object> context) {
		return new PlainCopy(maxDepth, maxValues, context).copy(value, 0);
	}

	/** {@code value} with its references resolved, for a log line or a body. */
	static Object resolved(Object value, Function<Blueprint.Reference, Object> references) {
		if (value instanceof Blueprint.Reference reference) {
			return references.apply(reference);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, inner) -> copy.put((String) key, resolved(inner, references)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(inner -> copy.add(resolved(inner, references)));
			return copy;
		}
		return value;
	}

	/** {@code value} with references written as their tag, for a log line. */
	static Object printable(Object value) {
		return resolved(value, Blueprint.Reference::toString);
	}

	/**
	 * authentik's replacement of pks: a value (or an item of a list or mapping value)
	 * equal to the pk an earlier entry gave becomes the pk of the object that entry found
	 * or made.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> withPks(Map<String, Object> attrs, Map<Object, Object> pks) {
		Map<String, Object> updated = new LinkedHashMap<>();
		attrs.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map) {
				Map<String, Object> inner = new LinkedHashMap<>();
				((Map<String, Object>) map)
					.forEach((innerKey, item) -> inner.put(innerKey, pks.getOrDefault(item, item)));
				updated.put(key, inner);
			}
			else if (value instanceof List<?> list) {
				updated.put(key, list.stream().map(item -> pks.getOrDefault(item, item)).toList());
			}
			else {
				updated.put(key, pks.getOrDefault(value, value));
			}
		});
		return updated;
	}

	/** Python's truth of a value, as authentik evaluates an entry's conditions. */
	static boolean truthy(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		if (value instanceof String text) {
			return !text.isEmpty();
		}
		if (value instanceof Collection<?> collection) {
			return !collection.isEmpty();
		}
		return !(value instanceof Map<?, ?> map) || !map.isEmpty();
	}

}

package io.passwordstage.blueprint;

import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A copy of a parsed YAML tree in plain data, within a depth and a count of values (so
 * that aliases cannot expand a small file into a huge one), with each {@code !Context}
 * replaced by its value.
 */
final class PlainCopy {

	private final int maxDepth;

	private final Function<Blueprint.ContextOf, Object> context;

	private int valuesLeft;

	PlainCopy(int maxDepth, int maxValues, Function<Blueprint.ContextOf, Object> context) {
		this.maxDepth = maxDepth;
		this.valuesLeft = maxValues;
		this.context = context;
	}

	Object copy(Object value, int depth) {
		if (--valuesLeft < 0) {
			throw new BlueprintInvalid("The file expands to more than " + BlueprintReader.MAX_VALUES + " values");
		}
		if (depth > maxDepth) {
			throw new BlueprintInvalid("The file nests deeper than " + maxDepth + " levels");
		}
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof BigInteger || value instanceof Double
				|| value instanceof Blueprint.KeyOf) {
			return value;
		}
		if (value instanceof Blueprint.Find find) {
			List<List<Object>> query = new ArrayList<>();
			for (List<Object> pair : find.query()) {
				query.add(List.of(pair.get(0), copy(pair.get(1), depth + 1)));
			}
			return new Blueprint.Find(find.model(), query);
		}
		if (value instanceof Blueprint.ContextOf reference) {
			if (context == null) {
				throw new BlueprintInvalid("!Context cannot be used in the blueprint's own context");
			}
			return copy(context.apply(reference), depth + 1);
		}
		if (value instanceof Date date) {
			return date.toInstant().atOffset(ZoneOffset.UTC).toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!(entry.getKey() instanceof String key)) {
					throw new BlueprintInvalid("Mapping keys must be text, not " + describe(entry.getKey()));
				}
				copy.put(key, copy(entry.getValue(), depth + 1));
			}
			return copy;
		}
		if (value instanceof Collection<?> items) {
			List<Object> copy = new ArrayList<>();
			for (Object item : items) {
				copy.add(copy(item, depth + 1));
			}
			return copy;
		}
		throw new BlueprintInvalid("Values of type " + describe(value) + " are not supported");
	}

	private static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof byte[]) {
			return "binary";
		}
		if (value instanceof Number) {
			return "number";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		return value instanceof Collection<?> ? "list"
				: value instanceof Map<?, ?> ? "mapping" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
	}

}

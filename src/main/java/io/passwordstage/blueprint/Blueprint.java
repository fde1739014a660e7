package io.passwordstage.blueprint;

import java.util.List;
import java.util.Map;

/**
 * A blueprint as authentik's importer reads one: format version, context and entries,
 * each entry a model, a desired state, the identifiers that find its object and the
 * attributes to write.
 */
record Blueprint(List<Entry> entries) {

	/**
	 * What an entry asks for its object (authentik's {@code BlueprintEntryDesiredState}).
	 */
	enum State {

		/** Created or updated to the entry's attributes. */
		PRESENT,
		/** Created when missing, left as it is when found. */
		CREATED,
		/** Created; an entry whose object exists already fails. */
		MUST_CREATED,
		/** Deleted when found. */
		ABSENT

	}

	/**
	 * One entry; {@code id} names it for {@code !KeyOf} references, and every condition
	 * must be true for the entry to apply.
	 */
	record Entry(String model, State state, Map<String, Object> identifiers, Map<String, Object> attrs, String id,
			List<Object> conditions) {

		/** What a log line says of the entry: its model, state, identifiers and id. */
		Map<String, Object> describe() {
			Map<String, Object> described = new java.util.LinkedHashMap<>();
			described.put("model", model);
			described.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
			described.put("identifiers", Tree.printable(identifiers));
			if (id != null) {
				described.put("id", id);
			}
			return described;
		}

	}

	/** A tag whose value is known only when its entry is applied. */
	sealed interface Reference permits KeyOf, Find {

	}

	/** {@code !KeyOf <id>}: the pk of the object of the entry with that {@code id}. */
	record KeyOf(String id) implements Reference {

		@Override
		public String toString() {
			return "!KeyOf " + id;
		}

	}

	/**
	 * {@code !Find [model, [field, value], ...]}: the pk of the object of that model with
	 * those values (null when there is none), found by a model's natural keys only.
	 */
	record Find(String model, List<List<Object>> query) implements Reference {

		@Override
		public String toString() {
			return "!Find " + model + " " + query;
		}

	}

	/**
	 * {@code !Context key} or {@code !Context [key, fallback]}: the import context's
	 * value of {@code key}, else {@code fallback} (null when not given).
	 */
	record ContextOf(String key, Object fallback) {

	}

}

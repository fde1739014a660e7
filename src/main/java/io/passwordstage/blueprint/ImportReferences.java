package io.passwordstage.blueprint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import's entries may name: the pks entries gave (to the pk of the object each
 * found or made), the objects of entries with an {@code id} ({@code !KeyOf}), and objects
 * by natural keys ({@code !Find}).
 */
final class ImportReferences {

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	/** A pk an entry gave, to the pk of the object it found or made. */
	private final Map<Object, Object> pks = new HashMap<>();

	/** An entry's {@code id}, to its object's pk. */
	private final Map<String, UUID> instances = new HashMap<>();

	ImportReferences(BlueprintModels models, JdbcClient jdbc) {
		this.models = models;
		this.jdbc = jdbc;
	}

	/** {@code tree} with its references resolved and the pks entries gave replaced. */
	@SuppressWarnings("unchecked")
	Map<String, Object> resolved(Map<String, Object> tree) {
		return Tree.withPks((Map<String, Object>) Tree.resolved(tree, this::resolve), pks);
	}

	Object resolvedValue(Object value) {
		return Tree.resolved(value, this::resolve);
	}

	/** The entry's attributes with its identifiers (but the pk) over them, resolved. */
	Map<String, Object> attributes(Blueprint.Entry entry, Map<String, Object> identifiers) {
		Map<String, Object> data = new LinkedHashMap<>(resolved(entry.attrs()));
		identifiers.forEach((key, value) -> {
			if (!key.equals("pk")) {
				data.put(key, value);
			}
		});
		return data;
	}

	/** The entry made or found the object {@code pk}. */
	void remember(Blueprint.Entry entry, UUID pk) {
		Object givenPk = entry.identifiers().get("pk");
		if (givenPk != null && !(givenPk instanceof Blueprint.Reference)) {
			pks.put(givenPk, pk.toString());
		}
		if (entry.id() != null) {
			instances.put(entry.id(), pk);
		}
	}

	private Object resolve(Blueprint.Reference reference) {
		if (reference instanceof Blueprint.Find find) {
			return find(find);
		}
		Blueprint.KeyOf key = (Blueprint.KeyOf) reference;
		UUID pk = instances.get(key.id());
		if (pk == null) {
			throw new BlueprintInvalid(
					"KeyOf: failed to find entry with `id` of `" + key.id() + "` and a model instance");
		}
		return pk.toString();
	}

	/** {@code !Find}: the pk of the object with those natural-key values, or null. */
	private Object find(Blueprint.Find find) {
		Map<String, Object> query = new LinkedHashMap<>();
		for (List<Object> condition : find.query()) {
			if (!(condition.get(0) instanceof String field) || query.containsKey(field)) {
				throw new BlueprintInvalid("!Find: each field is given once, as text");
			}
			Object value = Tree.resolved(condition.get(1), this::resolve);
			query.put(field, pks.getOrDefault(value, value));
		}
		return models.get(find.model())
			.findByNaturalKeys(jdbc, query)
			.map(found -> (Object) found.pk().toString())
			.orElse(null);
	}

}

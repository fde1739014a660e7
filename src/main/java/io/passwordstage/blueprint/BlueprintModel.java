package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import tools.jackson.databind.JsonNode;

/**
 * A model a blueprint entry can write: how its identifiers find an object (the pk first,
 * then all other identifiers together, as authentik's importer queries) and the service
 * that writes it, with the same validation, audit events and rules as the API's routes.
 */
final class BlueprintModel {

	/** An identifier field and the column it is stored in. */
	enum Kind {

		UUID, TEXT, INTEGER

	}

	record Column(String name, Kind kind) {
	}

	/** The object an entry found: its pk, and the key its routes name it by. */
	record Found(UUID pk, String key) {
	}

	/**
	 * The service's writes, each naming the object by its routes' key: its
	 * representation, a create with a given pk, a partial update, a delete.
	 */
	record Writes(Function<String, Object> current, Create create, Update update, Delete delete) {
	}

	/** A create with a given pk, on behalf of the import's caller. */
	interface Create {

		Change<?> apply(UUID given, JsonNode body, Caller caller);

	}

	/** A partial update of the object the key names. */
	interface Update {

		Change<?> apply(String key, JsonNode body, Caller caller);

	}

	/** A delete of the object the key names. */
	interface Delete {

		Change<?> apply(String key, Caller caller);

	}

	private final String model;

	private final String from;

	private final String pk;

	private final String key;

	private final Map<String, Column> identifiers;

	private final java.util.Set<String> naturalKeys;

	private final Writes writes;

	/**
	 * {@code from} is the table (or join) holding the objects, {@code pk} and {@code key}
	 * columns of it, {@code identifiers} the fields an entry may find them by, of which
	 * {@code naturalKeys} name one object without its pk (what {@code !Find} and a
	 * portable export use).
	 */
	BlueprintModel(String model, String from, String pk, String key, Map<String, Column> identifiers,
			java.util.Set<String> naturalKeys, Writes writes) {
		this.model = model;
		this.from = from;
		this.pk = pk;
		this.key = key;
		this.identifiers = identifiers;
		this.naturalKeys = naturalKeys;
		this.writes = writes;
	}

	/** authentik's {@code app_label.model_name}. */
	final String model() {
		return model;
	}

	/**
	 * The model's permission for {@code action} ({@code add}, {@code change},
	 * {@code delete}), e.g. {@code authentik_flows.change_flow}.
	 */
	String permission(String action) {
		int dot = model.indexOf('.');
		return model.substring(0, dot) + "." + action + "_" + model.substring(dot + 1);
	}

	Object current(Found found) {
		return writes.current().apply(found.key());
	}

	Change<?> create(UUID given, JsonNode body, Caller caller) {
		return writes.create().apply(given, body, caller);
	}

	Change<?> update(Found found, JsonNode body, Caller caller) {
		return writes.update().apply(found.key(), body, caller);
	}

	Change<?> delete(Found found, Caller caller) {
		return writes.delete().apply(found.key(), caller);
	}

	/**
	 * The object the identifiers name: the one with the given pk, else the one matching
	 * every other identifier. The row is locked until the import's transaction ends, so
	 * that what the import compares is what it writes over.
	 */
	final Optional<Found> find(JdbcClient jdbc, Map<String, Object> given) {
		if (given.isEmpty()) {
			throw new BlueprintInvalid("No or invalid identifiers");
		}
		if (given.containsKey("pk")) {
			Optional<Found> byPk = query(jdbc, List.of(pk + " = ?"),
					List.of(IdentifierValues.uuid("pk", given.get("pk"))));
			if (byPk.isPresent() || given.size() == 1) {
				return byPk;
			}
		}
		List<String> conditions = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		for (Map.Entry<String, Object> identifier : given.entrySet()) {
			if (identifier.getKey().equals("pk")) {
				continue;
			}
			Column column = identifiers.get(identifier.getKey());
			if (column == null) {
				throw new BlueprintInvalid("Invalid identifier field: " + identifier.getKey() + " (" + model
						+ " is found by " + String.join(", ", identifierNames()) + ")");
			}
			conditions.add(column.name() + " = ?");
			values.add(IdentifierValues.of(identifier.getKey(), column.kind(), identifier.getValue()));
		}
		return query(jdbc, conditions, values);
	}

	/**
	 * {@code !Find}: the object with these natural-key values (every one of them given),
	 * or none.
	 */
	final Optional<Found> findByNaturalKeys(JdbcClient jdbc, Map<String, Object> given) {
		if (!given.keySet().equals(naturalKeys)) {
			throw new BlueprintInvalid(
					"!Find: " + model + " is found by " + String.join(", ", naturalKeys.stream().sorted().toList())
							+ " here, not by " + String.join(", ", given.keySet()));
		}
		return find(jdbc, given);
	}

	private Optional<Found> query(JdbcClient jdbc, List<String> conditions, List<Object> values) {
		return jdbc
			.sql("select " + pk + " as pk, " + key + "::text as key from " + from + " where "
					+ String.join(" and ", conditions) + " order by 1 limit 1 for update")
			.params(values)
			.query((row, number) -> new Found(row.getObject(1, UUID.class), row.getString(2)))
			.optional();
	}

	private List<String> identifierNames() {
		List<String> names = new ArrayList<>(List.of("pk"));
		names.addAll(identifiers.keySet());
		return names;
	}

}

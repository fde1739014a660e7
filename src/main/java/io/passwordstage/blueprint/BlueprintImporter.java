package io.passwordstage.blueprint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.event.Caller;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a blueprint as authentik's importer does, entry after entry, in one
 * transaction: each entry's object is found by its identifiers, then created (with the
 * entry's pk), updated (the entry's attributes and identifiers as a partial update) or
 * deleted, through the same services as the API's routes. The first entry that fails
 * rolls every entry back. Unlike authentik, an entry whose object already has its values
 * is left alone, so importing a blueprint twice changes nothing the second time.
 */
@Service
class BlueprintImporter {

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionOperations transaction;

	private final PermissionCheck access;

	BlueprintImporter(BlueprintModels models, JdbcClient jdbc, JsonMapper json, TransactionOperations transaction,
			PermissionCheck access) {
		this.models = models;
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = transaction;
		this.access = access;
	}

	FlowImportResult apply(Blueprint blueprint, Caller caller) {
		try {
			transaction.executeWithoutResult(status -> new Run(caller).applyAll(blueprint));
			return new FlowImportResult(List.of(), true);
		}
		catch (BlueprintInvalid ex) {
			return failed(ex);
		}
	}

	/**
	 * authentik's answer to a blueprint it cannot apply: the reason, then the verdict.
	 */
	static FlowImportResult failed(BlueprintInvalid ex) {
		return new FlowImportResult(List.of(FlowImportResult.LogEvent.warning(ex.getMessage(), ex.attributes()),
				FlowImportResult.LogEvent.warning("Blueprint validation failed", Map.of())), false);
	}

	/** One import: the pks and entry ids seen so far. */
	private final class Run {

		private final Caller caller;

		/** A pk an entry gave, to the pk of the object it found or made. */
		private final Map<Object, Object> pks = new HashMap<>();

		/** An entry's {@code id}, to its object's pk. */
		private final Map<String, UUID> instances = new HashMap<>();

		Run(Caller caller) {
			this.caller = caller;
		}

		void applyAll(Blueprint blueprint) {
			for (Blueprint.Entry entry : blueprint.entries()) {
				try {
					apply(entry);
				}
				catch (BlueprintInvalid ex) {
					throw invalid(entry, ex.getMessage(), ex.attributes());
				}
				catch (ValidationFailedException ex) {
					throw invalid(entry, "Serializer errors " + ex.errors(), Map.of("errors", ex.errors()));
				}
				catch (ApiException ex) {
					throw invalid(entry, ex.body().get("detail"), Map.of());
				}
				catch (DataIntegrityViolationException ex) {
					throw invalid(entry, "The database refused the entry; a concurrent write may have changed the"
							+ " objects it names", Map.of());
				}
			}
		}

		@SuppressWarnings("unchecked")
		private void apply(Blueprint.Entry entry) {
			Function<Blueprint.KeyOf, Object> references = this::resolve;
			for (Object condition : entry.conditions()) {
				if (!Tree.truthy(Tree.resolved(condition, references))) {
					return;
				}
			}
			BlueprintModel model = models.get(entry.model());
			Map<String, Object> identifiers = Tree
				.withPks((Map<String, Object>) Tree.resolved(entry.identifiers(), references), pks);
			Optional<BlueprintModel.Found> found = model.find(jdbc, identifiers);
			if (entry.state() == Blueprint.State.ABSENT) {
				if (found.isPresent()) {
					access.requireOnCollection(model.deletePermission());
					model.delete(found.get(), caller);
				}
				return;
			}
			if (found.isPresent() && entry.state() == Blueprint.State.MUST_CREATED) {
				throw new BlueprintInvalid("State is set to must_created and object exists already");
			}
			UUID pk;
			if (found.isPresent()) {
				pk = found.get().pk();
				if (entry.state() == Blueprint.State.PRESENT) {
					JsonNode body = body(entry, identifiers, references);
					if (!SameValues.holds(json.valueToTree(model.current(found.get())), body)) {
						model.update(found.get(), body, caller);
					}
				}
			}
			else {
				UUID given = identifiers.containsKey("pk") ? IdentifierValues.uuid("pk", identifiers.get("pk")) : null;
				JsonNode created = json.valueToTree(model.create(given, body(entry, identifiers, references), caller));
				pk = UUID.fromString(created.get("pk").asString());
			}
			Object givenPk = entry.identifiers().get("pk");
			if (givenPk != null && !(givenPk instanceof Blueprint.KeyOf)) {
				pks.put(givenPk, pk.toString());
			}
			if (entry.id() != null) {
				instances.put(entry.id(), pk);
			}
		}

		/** The entry's attributes with its identifiers (but the pk) over them. */
		@SuppressWarnings("unchecked")
		private JsonNode body(Blueprint.Entry entry, Map<String, Object> identifiers,
				Function<Blueprint.KeyOf, Object> references) {
			Map<String, Object> data = new LinkedHashMap<>(
					Tree.withPks((Map<String, Object>) Tree.resolved(entry.attrs(), references), pks));
			identifiers.forEach((key, value) -> {
				if (!key.equals("pk")) {
					data.put(key, value);
				}
			});
			return json.valueToTree(data);
		}

		private Object resolve(Blueprint.KeyOf key) {
			UUID pk = instances.get(key.id());
			if (pk == null) {
				throw new BlueprintInvalid(
						"KeyOf: failed to find entry with `id` of `" + key.id() + "` and a model instance");
			}
			return pk.toString();
		}

		private BlueprintInvalid invalid(Blueprint.Entry entry, String reason, Map<String, Object> attributes) {
			Map<String, Object> described = new LinkedHashMap<>(attributes);
			described.put("entry", entry.describe());
			return new BlueprintInvalid("Entry invalid: " + reason, described);
		}

	}

}

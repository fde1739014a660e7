package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.event.Caller;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.blueprint.ImportOptions.Conflict;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One import's work inside its transaction: the entries applied in the file's order, the
 * pks and entry ids seen so far, and the plan made of the changes the audit trail
 * recorded for each entry's writes ({@link BlueprintImporter} owns the transaction).
 */
final class ImportRun {

	private static final String FLOW = "authentik_flows.flow";

	private static final String BINDING = "authentik_flows.flowstagebinding";

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PermissionCheck access;

	private final Caller caller;

	private final Conflict conflict;

	/** A pk an entry gave, to the pk of the object it found or made. */
	private final Map<Object, Object> pks = new HashMap<>();

	/** An entry's {@code id}, to its object's pk. */
	private final Map<String, UUID> instances = new HashMap<>();

	private final List<PlanItem> plan = new ArrayList<>();

	/** For {@code replace}: the flows of the file (pk to entry index). */
	private final Map<UUID, Integer> flows = new LinkedHashMap<>();

	/** For {@code replace}: the bindings the file lists. */
	private final Set<UUID> listedBindings = new HashSet<>();

	/** The identifiers of the entry being applied, as far as they are resolved. */
	private Map<String, Object> identifiersShown = Map.of();

	ImportRun(BlueprintModels models, JdbcClient jdbc, JsonMapper json, PermissionCheck access, Caller caller,
			ImportOptions options) {
		this.models = models;
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.caller = caller;
		this.conflict = options.conflict();
	}

	/** What each entry did so far; the failing one last, when one failed. */
	List<PlanItem> plan() {
		return plan;
	}

	void applyAll(Blueprint blueprint) {
		List<Blueprint.Entry> entries = blueprint.entries();
		for (int index = 0; index < entries.size(); index++) {
			Blueprint.Entry entry = entries.get(index);
			try {
				apply(index, entry);
			}
			catch (BlueprintInvalid ex) {
				throw invalid(index, entry, ex.getMessage(), ex.attributes());
			}
			catch (ValidationFailedException ex) {
				throw invalid(index, entry, "Serializer errors " + ex.errors(), Map.of("errors", ex.errors()));
			}
			catch (ApiException ex) {
				throw invalid(index, entry, ex.body().get("detail"), Map.of());
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				throw invalid(index, entry,
						"The database refused the entry; a concurrent write may have changed" + " the objects it names",
						Map.of());
			}
		}
		if (conflict == Conflict.REPLACE) {
			removeUnlistedBindings();
		}
	}

	@SuppressWarnings("unchecked")
	private void apply(int index, Blueprint.Entry entry) {
		identifiersShown = (Map<String, Object>) Tree.printable(entry.identifiers());
		Function<Blueprint.Reference, Object> references = this::resolve;
		for (Object condition : entry.conditions()) {
			if (!Tree.truthy(Tree.resolved(condition, references))) {
				plan.add(new PlanItem(index, entry.model(), identifiersShown, PlanItem.SKIP, null, Map.of()));
				return;
			}
		}
		BlueprintModel model = models.get(entry.model());
		Map<String, Object> identifiers = Tree
			.withPks((Map<String, Object>) Tree.resolved(entry.identifiers(), references), pks);
		identifiersShown = identifiers;
		Optional<BlueprintModel.Found> found = model.find(jdbc, identifiers);
		if (found.isPresent() && conflict == Conflict.FAIL) {
			throw new BlueprintInvalid("The object exists already, and the import's conflict policy is fail");
		}
		String action;
		UUID pk;
		List<Caller.ModelChange> changes = new ArrayList<>();
		Caller recorded = caller.reportingTo(changes::add);
		if (entry.state() == Blueprint.State.ABSENT) {
			pk = found.map(BlueprintModel.Found::pk).orElse(null);
			if (found.isEmpty()) {
				action = PlanItem.UNCHANGED;
			}
			else if (conflict == Conflict.SKIP) {
				action = PlanItem.SKIP;
			}
			else {
				access.requireOnCollection(model.deletePermission());
				model.delete(found.get(), recorded);
				action = PlanItem.DELETE;
			}
			plan.add(new PlanItem(index, model.model(), identifiers, action, pk, diff(changes)));
			return;
		}
		if (found.isPresent()) {
			pk = found.get().pk();
			boolean overwrites = conflict == Conflict.OVERWRITE || conflict == Conflict.REPLACE;
			if (conflict == Conflict.SKIP) {
				action = PlanItem.SKIP;
			}
			else if (entry.state() == Blueprint.State.MUST_CREATED && !overwrites) {
				throw new BlueprintInvalid("State is set to must_created and object exists already");
			}
			else if (entry.state() == Blueprint.State.CREATED && !overwrites) {
				action = PlanItem.SKIP;
			}
			else {
				JsonNode body = body(entry, identifiers, references);
				if (!SameValues.holds(json.valueToTree(model.current(found.get())), body)) {
					model.update(found.get(), body, recorded);
				}
				action = changes.isEmpty() ? PlanItem.UNCHANGED : PlanItem.UPDATE;
			}
		}
		else {
			UUID given = identifiers.containsKey("pk") ? IdentifierValues.uuid("pk", identifiers.get("pk")) : null;
			JsonNode created = json.valueToTree(model.create(given, body(entry, identifiers, references), recorded));
			pk = UUID.fromString(created.get("pk").asString());
			action = PlanItem.CREATE;
		}
		plan.add(new PlanItem(index, model.model(), identifiers, action, pk, diff(changes)));
		Object givenPk = entry.identifiers().get("pk");
		if (givenPk != null && !(givenPk instanceof Blueprint.Reference)) {
			pks.put(givenPk, pk.toString());
		}
		if (entry.id() != null) {
			instances.put(entry.id(), pk);
		}
		if (model.model().equals(FLOW)) {
			flows.putIfAbsent(pk, index);
		}
		else if (model.model().equals(BINDING)) {
			listedBindings.add(pk);
		}
	}

	/**
	 * {@code replace}: the bindings of the file's flows that no entry listed are deleted,
	 * after the entries, each a {@code delete} in the plan.
	 */
	private void removeUnlistedBindings() {
		BlueprintModel bindings = models.get(BINDING);
		flows.forEach((flow, index) -> {
			List<Map<String, Object>> unlisted = jdbc
				.sql("select fsb_uuid, stage_id, \"order\" from authentik_flows_flowstagebinding where target_id = ?"
						+ " order by \"order\", fsb_uuid for update")
				.param(flow)
				.query((row, number) -> {
					Map<String, Object> binding = new LinkedHashMap<>();
					binding.put("pk", row.getObject(1, UUID.class));
					binding.put("target", flow.toString());
					binding.put("stage", row.getObject(2, UUID.class).toString());
					binding.put("order", row.getInt(3));
					return binding;
				})
				.list();
			for (Map<String, Object> binding : unlisted) {
				UUID pk = (UUID) binding.remove("pk");
				if (listedBindings.contains(pk)) {
					continue;
				}
				access.requireOnCollection(bindings.deletePermission());
				List<Caller.ModelChange> changes = new ArrayList<>();
				bindings.delete(new BlueprintModel.Found(pk, pk.toString()), caller.reportingTo(changes::add));
				plan.add(new PlanItem(index, BINDING, binding, PlanItem.DELETE, pk, diff(changes)));
			}
		});
	}

	/** The entry's attributes with its identifiers (but the pk) over them. */
	@SuppressWarnings("unchecked")
	private JsonNode body(Blueprint.Entry entry, Map<String, Object> identifiers,
			Function<Blueprint.Reference, Object> references) {
		Map<String, Object> data = new LinkedHashMap<>(
				Tree.withPks((Map<String, Object>) Tree.resolved(entry.attrs(), references), pks));
		identifiers.forEach((key, value) -> {
			if (!key.equals("pk")) {
				data.put(key, value);
			}
		});
		return json.valueToTree(data);
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

	private BlueprintInvalid invalid(int index, Blueprint.Entry entry, String reason, Map<String, Object> attributes) {
		Map<String, Object> described = new LinkedHashMap<>(attributes);
		described.put("entry", entry.describe());
		BlueprintInvalid invalid = new BlueprintInvalid("Entry invalid: " + reason, described);
		plan.add(new PlanItem(index, entry.model(), identifiersShown, PlanItem.FAIL, null, Map.of(),
				invalid.getMessage()));
		return invalid;
	}

	/** The changed fields of an entry's writes (normally one). */
	private static Map<String, Object> diff(List<Caller.ModelChange> changes) {
		Map<String, Object> diff = new LinkedHashMap<>();
		changes.forEach(change -> diff.putAll(change.diff()));
		return diff;
	}

}

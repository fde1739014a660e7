package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.blueprint.ImportOptions.Conflict;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One import's work inside its transaction: the entries applied in the file's order (what
 * they name resolved by {@link ImportReferences}), and the plan made of the changes the
 * services returned for each entry's writes ({@link BlueprintImporter} owns the
 * transaction). Each write needs what the API's route for it needs: creating, the model's
 * {@code add} permission globally; changing or deleting an object, {@code change} or
 * {@code delete} globally or on that object. A write the caller may not make fails its
 * entry, and so the whole import.
 */
final class ImportRun {

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApiPrincipal principal;

	private final Caller caller;

	private final Conflict conflict;

	private final ImportReferences references;

	private final ReplacedBindings replaced = new ReplacedBindings();

	private final List<PlanItem> plan = new ArrayList<>();

	/** The identifiers of the entry being applied, as far as they are resolved. */
	private Map<String, Object> identifiersShown = Map.of();

	ImportRun(BlueprintModels models, JdbcClient jdbc, JsonMapper json, ApiPrincipal principal, Caller caller,
			ImportOptions options) {
		this.models = models;
		this.jdbc = jdbc;
		this.json = json;
		this.principal = principal;
		this.caller = caller;
		this.conflict = options.conflict();
		this.references = new ImportReferences(models, jdbc);
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
			replaced.removeUnlisted(models, jdbc, this::requireOn, caller, plan);
		}
	}

	@SuppressWarnings("unchecked")
	private void apply(int index, Blueprint.Entry entry) {
		identifiersShown = (Map<String, Object>) Tree.printable(entry.identifiers());
		for (Object condition : entry.conditions()) {
			if (!Tree.truthy(references.resolvedValue(condition))) {
				plan.add(new PlanItem(index, entry.model(), identifiersShown, PlanItem.SKIP, null, Map.of()));
				return;
			}
		}
		BlueprintModel model = models.get(entry.model());
		Map<String, Object> identifiers = references.resolved(entry.identifiers());
		identifiersShown = identifiers;
		Optional<BlueprintModel.Found> found = model.find(jdbc, identifiers);
		if (found.isPresent() && conflict == Conflict.FAIL) {
			throw new BlueprintInvalid("The object exists already, and the import's conflict policy is fail");
		}
		PlanItem item = entry.state() == Blueprint.State.ABSENT ? remove(index, model, identifiers, found)
				: found.isPresent() ? overwrite(index, entry, model, identifiers, found.get())
						: create(index, entry, model, identifiers);
		plan.add(item);
		if (item.pk() != null && entry.state() != Blueprint.State.ABSENT) {
			references.remember(entry, item.pk());
			replaced.seen(model.model(), item.pk(), index);
		}
	}

	private PlanItem remove(int index, BlueprintModel model, Map<String, Object> identifiers,
			Optional<BlueprintModel.Found> found) {
		if (found.isEmpty()) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.UNCHANGED, null, Map.of());
		}
		if (conflict == Conflict.SKIP) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.SKIP, found.get().pk(), Map.of());
		}
		requireOn(model, "delete", found.get().pk());
		Change<?> deleted = model.delete(found.get(), caller);
		return new PlanItem(index, model.model(), identifiers, PlanItem.DELETE, found.get().pk(), deleted.diff());
	}

	private PlanItem overwrite(int index, Blueprint.Entry entry, BlueprintModel model, Map<String, Object> identifiers,
			BlueprintModel.Found found) {
		boolean overwrites = conflict == Conflict.OVERWRITE || conflict == Conflict.REPLACE;
		if (entry.state() == Blueprint.State.MUST_CREATED && !overwrites && conflict != Conflict.SKIP) {
			throw new BlueprintInvalid("State is set to must_created and object exists already");
		}
		JsonNode body = conflict == Conflict.SKIP || (entry.state() == Blueprint.State.CREATED && !overwrites) ? null
				: json.valueToTree(references.attributes(entry, identifiers));
		if (body == null) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.SKIP, found.pk(), Map.of());
		}
		// before comparing: an answer of unchanged would tell what the object holds
		requireOn(model, "change", found.pk());
		if (SameValues.holds(json.valueToTree(model.current(found)), body)) {
			return new PlanItem(index, model.model(), identifiers, PlanItem.UNCHANGED, found.pk(), Map.of());
		}
		Change<?> updated = model.update(found, body, caller);
		return new PlanItem(index, model.model(), identifiers, PlanItem.UPDATE, found.pk(), updated.diff());
	}

	private PlanItem create(int index, Blueprint.Entry entry, BlueprintModel model, Map<String, Object> identifiers) {
		UUID given = identifiers.containsKey("pk") ? IdentifierValues.uuid("pk", identifiers.get("pk")) : null;
		if (!principal.may(model.permission("add"))) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		Change<?> created = model.create(given, json.valueToTree(references.attributes(entry, identifiers)), caller);
		UUID pk = UUID.fromString(json.valueToTree(created.object()).get("pk").asString());
		return new PlanItem(index, model.model(), identifiers, PlanItem.CREATE, pk, created.diff());
	}

	/**
	 * The caller must hold the model's {@code action} permission on the object
	 * {@code pk}.
	 */
	private void requireOn(BlueprintModel model, String action, UUID pk) {
		if (!principal.mayOn(model.permission(action), pk.toString())) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
	}

	private BlueprintInvalid invalid(int index, Blueprint.Entry entry, String reason, Map<String, Object> attributes) {
		Map<String, Object> described = new LinkedHashMap<>(attributes);
		described.put("entry", entry.describe());
		BlueprintInvalid invalid = new BlueprintInvalid("Entry invalid: " + reason, described);
		plan.add(new PlanItem(index, entry.model(), identifiersShown, PlanItem.FAIL, null, Map.of(),
				invalid.getMessage()));
		return invalid;
	}

}

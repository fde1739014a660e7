package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.event.Caller;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.blueprint.ImportOptions.Conflict;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One import's work inside its transaction: the entries applied in the file's order (what
 * they name resolved by {@link ImportReferences}, what each writes decided by
 * {@link EntryWrites}), and the plan made of the changes the services returned for each
 * entry's writes ({@link BlueprintImporter} owns the transaction). An entry that fails
 * fails the whole import, the reason in the plan's last item.
 */
final class ImportRun {

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	private final Caller caller;

	private final Conflict conflict;

	private final ImportReferences references;

	private final EntryWrites writes;

	private final ReplacedBindings replaced = new ReplacedBindings();

	private final List<PlanItem> plan = new ArrayList<>();

	/** The identifiers of the entry being applied, as far as they are resolved. */
	private Map<String, Object> identifiersShown = Map.of();

	ImportRun(BlueprintModels models, JdbcClient jdbc, JsonMapper json, ApiPrincipal principal, Caller caller,
			ImportOptions options) {
		this.models = models;
		this.jdbc = jdbc;
		this.caller = caller;
		this.conflict = options.conflict();
		this.references = new ImportReferences(models, jdbc);
		this.writes = new EntryWrites(json, principal, caller, conflict, references);
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
			replaced.removeUnlisted(models, jdbc, writes::requireOn, caller, plan);
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
		PlanItem item = writes.write(index, entry, model, identifiers, found);
		plan.add(item);
		if (item.pk() != null && entry.state() != Blueprint.State.ABSENT) {
			references.remember(entry, item.pk());
			replaced.seen(model.model(), item.pk(), index);
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

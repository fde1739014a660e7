package io.passwordstage.blueprint;

import java.util.List;
import java.util.Map;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.event.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a blueprint as authentik's importer does, entry after entry, in one
 * transaction: each entry's object is found by its identifiers (and locked until the
 * transaction ends), then created (with the entry's pk), updated (the entry's attributes
 * and identifiers as a partial update) or deleted, through the same services as the API's
 * routes. The first entry that fails rolls every entry back. Unlike authentik, an entry
 * whose object already has its values is left alone, so importing a blueprint twice
 * changes nothing the second time.
 * <p>
 * Beyond authentik ({@link ImportOptions}): the plan of what each entry did is made of
 * the changes the audit trail recorded for the entry's writes, so it is what was written
 * (or, in a dry run, what would have been: the same work, rolled back); a conflict policy
 * decides for every entry whose object exists.
 */
@Service
class BlueprintImporter {

	private final BlueprintModels models;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionOperations transaction;

	BlueprintImporter(BlueprintModels models, JdbcClient jdbc, JsonMapper json, TransactionOperations transaction) {
		this.models = models;
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = transaction;
	}

	/**
	 * Applies {@code blueprint} as {@code options} ask, each write as far as
	 * {@code principal} may make it: its answer carries the plan when they ask for it,
	 * and a dry run rolls back everything it did (rows, audit events and locks; the
	 * schema has no sequences).
	 */
	FlowImportResult apply(Blueprint blueprint, ApiPrincipal principal, Caller caller, ImportOptions options) {
		ImportRun run = new ImportRun(models, jdbc, json, principal, caller, options);
		List<PlanItem> plan = options.answersPlan() ? run.plan() : null;
		try {
			transaction.executeWithoutResult(status -> {
				run.applyAll(blueprint);
				if (options.dryRun()) {
					status.setRollbackOnly();
				}
			});
			return new FlowImportResult(List.of(), true, plan);
		}
		catch (BlueprintInvalid ex) {
			return failed(ex, plan);
		}
	}

	/**
	 * authentik's answer to a file that is no blueprint it can read: the reason, then the
	 * verdict (and an empty plan, when asked for one: no entry was read).
	 */
	static FlowImportResult unreadable(BlueprintInvalid ex, ImportOptions options) {
		return failed(ex, options.answersPlan() ? List.of() : null);
	}

	/**
	 * authentik's answer to a blueprint it cannot apply: the reason, then the verdict.
	 */
	private static FlowImportResult failed(BlueprintInvalid ex, List<PlanItem> plan) {
		return new FlowImportResult(List.of(FlowImportResult.LogEvent.warning(ex.getMessage(), ex.attributes()),
				FlowImportResult.LogEvent.warning("Blueprint validation failed", Map.of())), false, plan);
	}

}

package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.passwordstage.event.AuditTrail;
import io.passwordstage.flow.FlowBindings;
import io.passwordstage.flow.FlowSet;
import io.passwordstage.flow.UsedBy;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.PageWindow;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Owns password stages: validation against the database and every write, each in one
 * transaction.
 */
@Service
public class PasswordStageService {

	static final String NO_MATCH = "No PasswordStage matches the given query.";

	private final PasswordStageWrites writes;

	private final PasswordStageViews reads;

	private final FlowBindings flowBindings;

	private final AuditTrail auditTrail;

	PasswordStageService(PasswordStageWrites writes, PasswordStageViews reads, FlowBindings flowBindings,
			AuditTrail auditTrail) {
		this.writes = writes;
		this.reads = reads;
		this.flowBindings = flowBindings;
		this.auditTrail = auditTrail;
	}

	/**
	 * Creates a stage and the flows of its {@code flow_set}; any error leaves nothing
	 * behind.
	 */
	@Transactional
	public PasswordStage create(JsonNode body) {
		PasswordStageChanges changes = new PasswordStageValidator(writes::nameTaken, flowBindings::flowExists,
				flowBindings::readForNewStage)
			.read(body, false);
		StoredStage stage = StoredStage.create(changes);
		List<FlowSet> flowSet;
		try {
			writes.insert(stage);
			flowSet = changes.flowSet() == null ? List.of() : flowBindings.bindNewFlows(stage.id(), changes.flowSet());
		}
		catch (DataAccessException ex) {
			throw UniqueViolations.translate(ex, changes);
		}
		audit("model_created", stage);
		return stage.withFlows(flowSet);
	}

	public PaginatedPasswordStageList list(Map<String, String> params) {
		PasswordStageListFilter query = PasswordStageListFilter.parse(params, flowBindings::flowExists);
		long count = query.matchesNothing() ? 0 : reads.count(query);
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<PasswordStage> results = count == 0 ? List.of() : reads.page(query, window.offset(), window.size());
		return new PaginatedPasswordStageList(window.pagination(), results, Map.of());
	}

	public PasswordStage get(String id) {
		return reads.find(uuidOf(id)).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/**
	 * PUT ({@code partial} false: name and backends required) or PATCH; fields left out
	 * keep their values, a present {@code flow_set} becomes the stage's set of flows.
	 */
	@Transactional
	public PasswordStage update(String id, Supplier<JsonNode> body, boolean partial) {
		StoredStage stage = lockForWrite(id);
		FlowBindings.StageFlows flows = flowBindings.forStage(stage.id());
		PasswordStageChanges changes = new PasswordStageValidator(name -> writes.nameTakenByOther(name, stage.id()),
				flowBindings::flowExists, flows::read)
			.read(body.get(), partial);
		StoredStage updated = stage.apply(changes);
		try {
			writes.update(stage, updated);
			if (changes.flowSet() != null) {
				flows.replace(changes.flowSet());
			}
		}
		catch (DataAccessException ex) {
			throw UniqueViolations.translate(ex, changes);
		}
		audit("model_updated", updated);
		return updated.withFlows(flowBindings.flowSet(updated.id()));
	}

	/** Deletes the stage and its bindings; the flows it was bound to stay. */
	@Transactional
	public void delete(String id) {
		StoredStage stage = lockForWrite(id);
		flowBindings.unbindAll(stage.id());
		writes.delete(stage.id());
		audit("model_deleted", stage);
	}

	public List<UsedBy> usedBy(String id) {
		UUID uuid = uuidOf(id);
		if (!reads.exists(uuid)) {
			throw ApiException.notFound(NO_MATCH);
		}
		return flowBindings.usedBy(uuid);
	}

	private void audit(String action, StoredStage stage) {
		auditTrail.modelChanged(action, "authentik_stages_password", "passwordstage", stage.id(), stage.name());
	}

	/**
	 * The stage, locked until the transaction ends: writes to one stage happen one after
	 * the other.
	 */
	private StoredStage lockForWrite(String id) {
		return writes.lock(uuidOf(id)).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/** {@code Not found.} for a malformed id, as authentik answers. */
	private static UUID uuidOf(String id) {
		UUID uuid = id.indexOf('.') >= 0 ? null : DrfCoercion.parseUuid(id);
		if (uuid == null) {
			throw ApiException.notFound("Not found.");
		}
		return uuid;
	}

}

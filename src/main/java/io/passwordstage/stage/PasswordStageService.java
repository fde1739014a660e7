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
import io.passwordstage.web.Drf;
import io.passwordstage.web.PageWindow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Owns password stages: validation against the database and every write, each in one transaction. */
@Service
public class PasswordStageService {

	static final String NO_MATCH = "No PasswordStage matches the given query.";

	private final PasswordStageRepository stages;

	private final FlowBindings flowBindings;

	private final EntityManager entityManager;

	private final AuditTrail auditTrail;

	private final PasswordStageReads reads;

	PasswordStageService(PasswordStageRepository stages, FlowBindings flowBindings, EntityManager entityManager,
			AuditTrail auditTrail, PasswordStageReads reads) {
		this.stages = stages;
		this.flowBindings = flowBindings;
		this.entityManager = entityManager;
		this.auditTrail = auditTrail;
		this.reads = reads;
	}

	/** Creates a stage and the flows of its {@code flow_set}; any error leaves nothing behind. */
	@Transactional
	public PasswordStage create(JsonNode body) {
		PasswordStageChanges changes = new PasswordStageReader(stages::nameTaken, flowBindings::flowExists,
				flowBindings::readForNewStage)
			.read(body, false);
		PasswordStageEntity stage = new PasswordStageEntity(changes.name(), changes.backends());
		stage.apply(changes);
		entityManager.persist(stage);
		List<FlowSet> flowSet = changes.flowSet() == null ? List.of()
				: flowBindings.bindNewFlows(stage.id(), changes.flowSet());
		flush(changes);
		audit("model_created", stage);
		return PasswordStage.of(stage, flowSet);
	}

	public PaginatedPasswordStageList list(Map<String, String> params) {
		PasswordStageQuery query = PasswordStageQuery.parse(params, flowBindings::flowExists);
		long count = query.matchesNothing() ? 0 : reads.count(query);
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<PasswordStage> results = count == 0 ? List.of() : reads.page(query, window.offset(), window.size());
		return new PaginatedPasswordStageList(window.pagination(), results, Map.of());
	}

	public PasswordStage get(String id) {
		return reads.find(uuidOf(id)).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	/**
	 * PUT ({@code partial} false: name and backends required) or PATCH; fields left out keep their
	 * values, a present {@code flow_set} becomes the stage's set of flows.
	 */
	@Transactional
	public PasswordStage update(String id, Supplier<JsonNode> body, boolean partial) {
		PasswordStageEntity stage = findForWrite(id);
		PasswordStageChanges changes = new PasswordStageReader(name -> stages.nameTakenByOther(name, stage.id()),
				flowBindings::flowExists, value -> flowBindings.readForStage(stage.id(), value))
			.read(body.get(), partial);
		stage.apply(changes);
		if (changes.flowSet() != null) {
			flowBindings.replaceFlows(stage.id(), changes.flowSet());
		}
		flush(changes);
		audit("model_updated", stage);
		return PasswordStage.of(stage, flowBindings.flowSet(stage.id()));
	}

	/** Deletes the stage and its bindings; the flows it was bound to stay. */
	@Transactional
	public void delete(String id) {
		PasswordStageEntity stage = findForWrite(id);
		flowBindings.unbindAll(stage.id());
		entityManager.remove(stage);
		entityManager.flush();
		audit("model_deleted", stage);
	}

	@Transactional(readOnly = true)
	public List<UsedBy> usedBy(String id) {
		UUID uuid = uuidOf(id);
		if (!stages.existsById(uuid)) {
			throw ApiException.notFound(NO_MATCH);
		}
		return flowBindings.usedBy(uuid);
	}

	/** The stage, or 404: {@code Not found.} for a malformed id, authentik's text for an unknown one. */
	private PasswordStageEntity find(String id) {
		return stages.findById(uuidOf(id)).orElseThrow(() -> ApiException.notFound(NO_MATCH));
	}

	private void audit(String action, PasswordStageEntity stage) {
		auditTrail.modelChanged(action, "authentik_stages_password", "passwordstage", stage.id(), stage.name());
	}

	/** The stage, locked until the transaction ends: writes to one stage happen one after the other. */
	private PasswordStageEntity findForWrite(String id) {
		UUID uuid = uuidOf(id);
		List<?> locked = entityManager
			.createNativeQuery("select 1 from authentik_flows_stage where stage_uuid = :id for no key update")
			.setParameter("id", uuid)
			.getResultList();
		if (locked.isEmpty()) {
			throw ApiException.notFound(NO_MATCH);
		}
		return find(id);
	}

	private static UUID uuidOf(String id) {
		UUID uuid = id.indexOf('.') >= 0 ? null : Drf.parseUuid(id);
		if (uuid == null) {
			throw ApiException.notFound("Not found.");
		}
		return uuid;
	}

	/** Writes now, so that a unique violation from a concurrent request becomes authentik's 400. */
	private void flush(PasswordStageChanges changes) {
		try {
			entityManager.flush();
		}
		catch (PersistenceException ex) {
			throw UniqueViolations.translate(ex, changes);
		}
	}

}

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
import jakarta.persistence.TypedQuery;
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

	PasswordStageService(PasswordStageRepository stages, FlowBindings flowBindings, EntityManager entityManager,
			AuditTrail auditTrail) {
		this.stages = stages;
		this.flowBindings = flowBindings;
		this.entityManager = entityManager;
		this.auditTrail = auditTrail;
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

	@Transactional(readOnly = true)
	public PaginatedPasswordStageList list(Map<String, String> params) {
		PasswordStageQuery query = PasswordStageQuery.parse(params, flowBindings::flowExists);
		long count = query.matchesNothing() ? 0 : typed("select count(s) from PasswordStageEntity s", query, Long.class)
			.getSingleResult();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<PasswordStageEntity> page = count == 0 ? List.of()
				: typed("select s from PasswordStageEntity s", query, PasswordStageEntity.class)
					.setFirstResult((int) window.offset())
					.setMaxResults(window.size())
					.getResultList();
		Map<UUID, List<FlowSet>> flowSets = flowBindings.flowSets(page.stream().map(StageEntity::id).toList());
		List<PasswordStage> results = page.stream()
			.map(stage -> PasswordStage.of(stage, flowSets.getOrDefault(stage.id(), List.of())))
			.toList();
		return new PaginatedPasswordStageList(window.pagination(), results, Map.of());
	}

	private <T> TypedQuery<T> typed(String select, PasswordStageQuery query, Class<T> type) {
		String jpql = select + query.where() + (type == Long.class ? "" : query.orderBy());
		TypedQuery<T> typed = entityManager.createQuery(jpql, type);
		query.parameters().forEach(typed::setParameter);
		return typed;
	}

	@Transactional(readOnly = true)
	public PasswordStage get(String id) {
		PasswordStageEntity stage = find(id);
		return PasswordStage.of(stage, flowBindings.flowSet(stage.id()));
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
		return flowBindings.usedBy(find(id).id());
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

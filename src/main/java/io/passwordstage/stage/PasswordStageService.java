package io.passwordstage.stage;

import java.util.List;

import io.passwordstage.flow.FlowBindings;
import io.passwordstage.flow.FlowSet;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Owns password stages: validation against the database and every write, each in one transaction. */
@Service
public class PasswordStageService {

	private final PasswordStageRepository stages;

	private final FlowBindings flowBindings;

	private final EntityManager entityManager;

	PasswordStageService(PasswordStageRepository stages, FlowBindings flowBindings, EntityManager entityManager) {
		this.stages = stages;
		this.flowBindings = flowBindings;
		this.entityManager = entityManager;
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
		return PasswordStage.of(stage, flowSet);
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

package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The flows a stage is bound to: reads {@code flow_set} values and writes flows and bindings.
 * Runs inside the caller's transaction.
 */
@Component
public class FlowBindings {

	/** Position of a stage in a flow created for it through {@code flow_set}. */
	static final int NEW_BINDING_ORDER = 10;

	private final EntityManager entityManager;

	private final FlowRepository flows;

	private final FlowStageBindingRepository bindings;

	FlowBindings(EntityManager entityManager, FlowRepository flows, FlowStageBindingRepository bindings) {
		this.entityManager = entityManager;
		this.flows = flows;
		this.bindings = bindings;
	}

	/** Validates the {@code flow_set} of a new stage: every slug must be new. */
	public List<FlowSetRequest> readForNewStage(JsonNode value) {
		return new FlowSetReader(slug -> false, flows::existsBySlug).read(value);
	}

	/** Creates a flow for each item and binds the stage to it. */
	public List<FlowSet> bindNewFlows(UUID stageId, List<FlowSetRequest> items) {
		List<FlowSet> flowSet = new ArrayList<>(items.size());
		for (FlowSetRequest item : items) {
			FlowEntity flow = new FlowEntity(item);
			entityManager.persist(flow);
			entityManager.persist(new FlowStageBindingEntity(flow, stageId, NEW_BINDING_ORDER));
			flowSet.add(flow.toFlowSet());
		}
		flowSet.sort(java.util.Comparator.comparing(FlowSet::slug));
		return flowSet;
	}

	public boolean flowExists(UUID flowId) {
		return flows.existsById(flowId);
	}

	/** The {@code flow_set} of each stage (a flow bound twice is listed twice). */
	public Map<UUID, List<FlowSet>> flowSets(Collection<UUID> stageIds) {
		Map<UUID, List<FlowSet>> result = new HashMap<>();
		if (stageIds.isEmpty()) {
			return result;
		}
		for (FlowStageBindingEntity binding : bindings.findWithFlows(stageIds)) {
			result.computeIfAbsent(binding.stageId(), id -> new ArrayList<>()).add(binding.target().toFlowSet());
		}
		return result;
	}

	public List<FlowSet> flowSet(UUID stageId) {
		return flowSets(List.of(stageId)).getOrDefault(stageId, List.of());
	}

}

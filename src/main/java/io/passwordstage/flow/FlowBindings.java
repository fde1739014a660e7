package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	FlowBindings(EntityManager entityManager, FlowRepository flows, FlowStageBindingRepository bindings,
			JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.flows = flows;
		this.bindings = bindings;
		this.jdbc = jdbc;
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

	/**
	 * Validates a {@code flow_set} written to an existing stage: items naming a flow bound to the
	 * stage update it (and may leave fields out), new slugs create flows, other flows' slugs are taken.
	 */
	public List<FlowSetRequest> readForStage(UUID stageId, JsonNode value) {
		Set<String> bound = new HashSet<>();
		bindings.findWithFlows(List.of(stageId)).forEach(binding -> bound.add(binding.target().slug()));
		return new FlowSetReader(bound::contains, flows::existsBySlug).read(value);
	}

	/**
	 * Makes {@code items} the flows the stage is bound to: bound flows named again are updated, new
	 * ones created and bound, and bound flows left out are unbound (the flows themselves stay).
	 */
	public void replaceFlows(UUID stageId, List<FlowSetRequest> items) {
		Map<String, List<FlowStageBindingEntity>> bound = new HashMap<>();
		bindings.findWithFlows(List.of(stageId))
			.forEach(binding -> bound.computeIfAbsent(binding.target().slug(), slug -> new ArrayList<>()).add(binding));
		List<FlowSetRequest> created = new ArrayList<>();
		Set<String> kept = new HashSet<>();
		for (FlowSetRequest item : items) {
			List<FlowStageBindingEntity> existing = bound.get(item.slug());
			if (existing == null) {
				created.add(item);
			}
			else {
				existing.get(0).target().apply(item);
				kept.add(item.slug());
			}
		}
		bound.forEach((slug, stageBindings) -> {
			if (!kept.contains(slug)) {
				stageBindings.forEach(entityManager::remove);
			}
		});
		bindNewFlows(stageId, created);
	}

	/** Removes every binding of the stage (with their policy-binding-model rows); the flows stay. */
	public void unbindAll(UUID stageId) {
		entityManager.createNativeQuery("""
				delete from authentik_policies_policybindingmodel where pbm_uuid in
				(select policybindingmodel_ptr_id from authentik_flows_flowstagebinding where stage_id = :stage)""")
			.setParameter("stage", stageId)
			.executeUpdate();
	}

	/** authentik's {@code used_by} entries for a stage: its flows, then its bindings. */
	public List<UsedBy> usedBy(UUID stageId) {
		List<FlowStageBindingEntity> stageBindings = bindings.findWithFlows(List.of(stageId));
		List<UsedBy> usedBy = new ArrayList<>();
		for (FlowStageBindingEntity binding : stageBindings) {
			FlowEntity flow = binding.target();
			usedBy.add(new UsedBy("authentik_flows", "flow", flow.id().toString(),
					"Flow " + flow.name() + " (" + flow.slug() + ")", "cascade_many"));
		}
		stageBindings.stream()
			.sorted(java.util.Comparator.comparing((FlowStageBindingEntity b) -> b.target().id())
				.thenComparingInt(FlowStageBindingEntity::order))
			.forEach(binding -> usedBy.add(new UsedBy("authentik_flows", "flowstagebinding", binding.id().toString(),
					"Flow-stage binding #" + binding.order() + " to " + binding.target().id(), "cascade")));
		return usedBy;
	}

	public boolean flowExists(UUID flowId) {
		return flows.existsById(flowId);
	}

	/**
	 * The {@code flow_set} of each stage (a flow bound twice is listed twice), in one plain SQL
	 * query: this runs on every read, where the ORM's query machinery cost more than the query.
	 */
	public Map<UUID, List<FlowSet>> flowSets(Collection<UUID> stageIds) {
		Map<UUID, List<FlowSet>> result = new HashMap<>();
		if (stageIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select fb.stage_id, f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation,
				f.background, p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action
				from authentik_flows_flowstagebinding fb
				join authentik_flows_flow f on f.flow_uuid = fb.target_id
				join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
				where fb.stage_id in (:stageIds) order by f.slug, fb."order"
				""")
			.param("stageIds", stageIds)
			.query(row -> {
				result.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(FlowSet.of(row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
							row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
							row.getBoolean(10), row.getString(11), row.getString(12)));
			});
		return result;
	}

	public List<FlowSet> flowSet(UUID stageId) {
		return flowSets(List.of(stageId)).getOrDefault(stageId, List.of());
	}

}

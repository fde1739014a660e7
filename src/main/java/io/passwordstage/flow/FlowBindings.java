package io.passwordstage.flow;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The flows a stage is bound to: reads {@code flow_set} values and writes flows and
 * bindings, in plain SQL inside the caller's transaction. A flow and its binding (with
 * their two policy-binding-model rows) are written by one statement.
 */
@Component
public class FlowBindings {

	/** Position of a stage in a flow created for it through {@code flow_set}. */
	static final int NEW_BINDING_ORDER = 10;

	private static final String INSERT_FLOW_AND_BINDING = """
			with pbm as (
			  insert into authentik_policies_policybindingmodel (pbm_uuid, policy_engine_mode) values (?, ?), (?, 'any')
			), flow as (
			  insert into authentik_flows_flow (flow_uuid, policybindingmodel_ptr_id, name, slug, title, designation,
			  layout, compatibility_mode, denied_action, authentication) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'none')
			)
			insert into authentik_flows_flowstagebinding (fsb_uuid, policybindingmodel_ptr_id, target_id, stage_id,
			evaluate_on_plan, re_evaluate_policies, invalid_response_action, "order")
			values (?, ?, ?, ?, false, true, 'retry', ?)""";

	private static final String UPDATE_FLOW = """
			update authentik_flows_flow set name = coalesce(?, name), title = coalesce(?, title),
			designation = coalesce(?, designation), compatibility_mode = coalesce(?, compatibility_mode),
			layout = coalesce(?, layout), denied_action = coalesce(?, denied_action)
			where flow_uuid = ?""";

	private static final String FLOW_SETS = """
			select fb.stage_id, f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation,
			f.background, p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action
			from authentik_flows_flowstagebinding fb
			join authentik_flows_flow f on f.flow_uuid = fb.target_id
			join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			where fb.stage_id in (:stageIds) order by f.slug, fb."order"
			""";

	private final JdbcClient jdbc;

	FlowBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Validates the {@code flow_set} of a new stage: every slug must be new. */
	public List<FlowSetRequest> readForNewStage(JsonNode value) {
		return new FlowSetValidator(slug -> false, this::slugTaken).read(value);
	}

	/**
	 * Creates a flow for each item and binds the stage to it; the new flows, ordered by
	 * slug.
	 */
	public List<FlowSet> bindNewFlows(UUID stageId, List<FlowSetRequest> items) {
		List<FlowSet> flowSet = new ArrayList<>(items.size());
		for (FlowSetRequest item : items) {
			flowSet.add(insertFlowAndBinding(stageId, item));
		}
		flowSet.sort(Comparator.comparing(FlowSet::slug));
		return flowSet;
	}

	/**
	 * The {@code flow_set} of an existing stage, for one write: its bindings are read
	 * once, when first needed.
	 */
	public StageFlows forStage(UUID stageId) {
		return new StageFlows(stageId);
	}

	/**
	 * Removes every binding of the stage (with their policy-binding-model rows); the
	 * flows stay.
	 */
	public void unbindAll(UUID stageId) {
		jdbc.sql("""
				delete from authentik_policies_policybindingmodel where pbm_uuid in
				(select policybindingmodel_ptr_id from authentik_flows_flowstagebinding where stage_id = ?)""")
			.param(stageId)
			.update();
	}

	/** authentik's {@code used_by} entries for a stage: its flows, then its bindings. */
	public List<UsedBy> usedBy(UUID stageId) {
		List<Binding> stageBindings = bindingsOf(stageId);
		List<UsedBy> usedBy = new ArrayList<>();
		for (Binding binding : stageBindings) {
			usedBy.add(new UsedBy("authentik_flows", "flow", binding.flowId().toString(),
					"Flow " + binding.flowName() + " (" + binding.flowSlug() + ")", "cascade_many"));
		}
		stageBindings.stream()
			.sorted(Comparator.comparing(Binding::flowId).thenComparingInt(Binding::order))
			.forEach(binding -> usedBy.add(new UsedBy("authentik_flows", "flowstagebinding", binding.id().toString(),
					"Flow-stage binding #" + binding.order() + " to " + binding.flowId(), "cascade")));
		return usedBy;
	}

	/**
	 * The stage's bindings with the flow each binds it into, ordered by the flow's slug,
	 * then position.
	 */
	private List<Binding> bindingsOf(UUID stageId) {
		return jdbc.sql("""
				select fb.fsb_uuid, fb.policybindingmodel_ptr_id, fb."order", f.flow_uuid, f.policybindingmodel_ptr_id,
				f.name, f.slug
				from authentik_flows_flowstagebinding fb join authentik_flows_flow f on f.flow_uuid = fb.target_id
				where fb.stage_id = ? order by f.slug, fb."order\"""")
			.param(stageId)
			.query((row, index) -> new Binding(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
					row.getInt(3), row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getString(6),
					row.getString(7)))
			.list();
	}

	public boolean flowExists(UUID flowId) {
		return jdbc.sql("select exists (select 1 from authentik_flows_flow where flow_uuid = ?)")
			.param(flowId)
			.query(Boolean.class)
			.single();
	}

	private boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from authentik_flows_flow where slug = ?)")
			.param(slug)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The {@code flow_set} of each stage (a flow bound twice is listed twice), in one
	 * plain SQL query: this runs on every read.
	 */
	public Map<UUID, List<FlowSet>> flowSets(Collection<UUID> stageIds) {
		Map<UUID, List<FlowSet>> result = new HashMap<>();
		if (stageIds.isEmpty()) {
			return result;
		}
		jdbc.sql(FLOW_SETS).param("stageIds", stageIds).query(row -> {
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

	/**
	 * A new flow from a validated item, with authentik's defaults for the fields left
	 * out, bound to the stage.
	 */
	private FlowSet insertFlowAndBinding(UUID stageId, FlowSetRequest item) {
		UUID flowId = UUID.randomUUID();
		UUID flowModelId = UUID.randomUUID();
		UUID bindingId = UUID.randomUUID();
		UUID bindingModelId = UUID.randomUUID();
		String engineMode = item.policyEngineMode() == null ? PolicyEngineMode.ANY.value() : item.policyEngineMode();
		boolean compatibilityMode = item.compatibilityMode() != null && item.compatibilityMode();
		String layout = item.layout() == null ? FlowLayout.STACKED.value() : item.layout();
		String deniedAction = item.deniedAction() == null ? DeniedAction.MESSAGE_CONTINUE.value() : item.deniedAction();
		jdbc.sql(INSERT_FLOW_AND_BINDING)
			.params(flowModelId, engineMode, bindingModelId, flowId, flowModelId, item.name(), item.slug(),
					item.title(), item.designation(), layout, compatibilityMode, deniedAction, bindingId,
					bindingModelId, flowId, stageId, NEW_BINDING_ORDER)
			.update();
		return FlowSet.of(flowId, flowModelId, item.name(), item.slug(), item.title(), item.designation(), null,
				engineMode, compatibilityMode, layout, deniedAction);
	}

	/** The flows bound to one stage, as seen by one write to its {@code flow_set}. */
	public final class StageFlows {

		private final UUID stageId;

		/**
		 * Per slug, the bindings of the stage to that flow (a flow may be bound more than
		 * once).
		 */
		private Map<String, List<Binding>> bound;

		private StageFlows(UUID stageId) {
			this.stageId = stageId;
		}

		/**
		 * Validates a {@code flow_set} written to the stage: items naming a flow bound to
		 * it update that flow (and may leave fields out), new slugs create flows, other
		 * flows' slugs are taken.
		 */
		public List<FlowSetRequest> read(JsonNode value) {
			return new FlowSetValidator(slug -> bound().containsKey(slug), FlowBindings.this::slugTaken).read(value);
		}

		/**
		 * Makes {@code items} the flows the stage is bound to: bound flows named again
		 * are updated, new ones created and bound, and bound flows left out are unbound
		 * (the flows themselves stay).
		 */
		public void replace(List<FlowSetRequest> items) {
			Set<String> kept = new HashSet<>();
			for (FlowSetRequest item : items) {
				List<Binding> existing = bound().get(item.slug());
				if (existing == null) {
					insertFlowAndBinding(stageId, item);
				}
				else if (kept.add(item.slug())) {
					update(existing.get(0), item);
				}
			}
			List<UUID> unbound = new ArrayList<>();
			bound().forEach((slug, bindings) -> {
				if (!kept.contains(slug)) {
					bindings.forEach(binding -> unbound.add(binding.bindingModelId()));
				}
			});
			if (!unbound.isEmpty()) {
				jdbc.sql("delete from authentik_policies_policybindingmodel where pbm_uuid in (:ids)")
					.param("ids", unbound)
					.update();
			}
		}

		private void update(Binding flow, FlowSetRequest item) {
			jdbc.sql(UPDATE_FLOW)
				.params(text(item.name()), text(item.title()), text(item.designation()),
						new SqlParameterValue(Types.BOOLEAN, item.compatibilityMode()), text(item.layout()),
						text(item.deniedAction()), flow.flowId())
				.update();
			if (item.policyEngineMode() != null) {
				jdbc.sql("update authentik_policies_policybindingmodel set policy_engine_mode = ? where pbm_uuid = ?")
					.params(item.policyEngineMode(), flow.flowModelId())
					.update();
			}
		}

		private Map<String, List<Binding>> bound() {
			if (bound == null) {
				bound = new LinkedHashMap<>();
				bindingsOf(stageId).forEach(
						binding -> bound.computeIfAbsent(binding.flowSlug(), slug -> new ArrayList<>()).add(binding));
			}
			return bound;
		}

	}

	private record Binding(UUID id, UUID bindingModelId, int order, UUID flowId, UUID flowModelId, String flowName,
			String flowSlug) {
	}

	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

}

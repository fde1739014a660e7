package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of flows and bindings in plain SQL, outside any transaction: a profile of
 * the ORM's query machinery showed it costing more than these queries on every read.
 */
@Component
public class FlowSetViews {

	private static final String FLOW_SETS = """
			select fb.stage_id, f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation,
			f.background, p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action
			from authentik_flows_flowstagebinding fb
			join authentik_flows_flow f on f.flow_uuid = fb.target_id
			join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			where fb.stage_id in (:stageIds) order by f.slug, fb."order"
			""";

	private final JdbcClient jdbc;

	FlowSetViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The {@code flow_set} of each stage (a flow bound twice is listed twice), in one
	 * query.
	 */
	public Map<UUID, List<FlowSet>> flowSets(Collection<UUID> stageIds) {
		Map<UUID, List<FlowSet>> result = new HashMap<>();
		if (stageIds.isEmpty()) {
			return result;
		}
		jdbc.sql(FLOW_SETS).param("stageIds", stageIds).query(row -> {
			result.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new FlowSet(row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4),
						row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
						row.getBoolean(10), row.getString(11), row.getString(12)));
		});
		return result;
	}

	public List<FlowSet> flowSet(UUID stageId) {
		return flowSets(List.of(stageId)).getOrDefault(stageId, List.of());
	}

	/** authentik's {@code used_by} entries for a stage: its flows, then its bindings. */
	public List<UsedBy> usedBy(UUID stageId) {
		List<StageBinding> bindings = jdbc.sql("""
				select fb.fsb_uuid, fb."order", f.flow_uuid, f.name, f.slug
				from authentik_flows_flowstagebinding fb join authentik_flows_flow f on f.flow_uuid = fb.target_id
				where fb.stage_id = ? order by f.slug, fb."order\"""")
			.param(stageId)
			.query((row, index) -> new StageBinding(row.getObject(1, UUID.class), row.getInt(2),
					row.getObject(3, UUID.class), row.getString(4), row.getString(5)))
			.list();
		return StageBinding.usedBy(bindings);
	}

	public boolean flowExists(UUID flowId) {
		return jdbc.sql("select exists (select 1 from authentik_flows_flow where flow_uuid = ?)")
			.param(flowId)
			.query(Boolean.class)
			.single();
	}

	public boolean slugTaken(String slug) {
		return jdbc.sql("select exists (select 1 from authentik_flows_flow where slug = ?)")
			.param(slug)
			.query(Boolean.class)
			.single();
	}

}

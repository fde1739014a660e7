package io.passwordstage.flow;

import io.passwordstage.web.UsedBy;
import java.sql.ResultSet;
import java.sql.SQLException;
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

	/**
	 * The columns of a {@code flow_set} entry, as {@link #flowSetEntry} reads them, from
	 * the joins of {@link #FLOW_SET_JOINS}.
	 */
	public static final String FLOW_SET_COLUMNS = """
			f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation, f.background,
			p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action""";

	/**
	 * The flows bound to the stage whose id is the column formatted in (left joins: a
	 * stage without flows keeps its row, with nulls), in authentik's order
	 * ({@link #FLOW_SET_ORDER}). Its aliases are {@code fb}, {@code f} and {@code p}.
	 */
	public static final String FLOW_SET_JOINS = """
			left join authentik_flows_flowstagebinding fb on fb.stage_id = %s
			left join authentik_flows_flow f on f.flow_uuid = fb.target_id
			left join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			""";

	public static final String FLOW_SET_ORDER = " order by f.slug, fb.\"order\"";

	private static final String FLOW_SETS = "select fb.stage_id, " + FLOW_SET_COLUMNS + """

			from authentik_flows_flowstagebinding fb
			join authentik_flows_flow f on f.flow_uuid = fb.target_id
			join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			where fb.stage_id in (:stageIds)""" + FLOW_SET_ORDER;

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
			result.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(flowSetEntry(row, 2));
		});
		return result;
	}

	/**
	 * The {@code flow_set} entry in the {@link #FLOW_SET_COLUMNS} starting at column
	 * {@code first}, or null where a left join found no flow.
	 */
	public static FlowSet flowSetEntry(ResultSet row, int first) throws SQLException {
		UUID flow = row.getObject(first, UUID.class);
		if (flow == null) {
			return null;
		}
		return new FlowSet(flow, row.getObject(first + 1, UUID.class), row.getString(first + 2),
				row.getString(first + 3), row.getString(first + 4), row.getString(first + 5), row.getString(first + 6),
				row.getString(first + 7), row.getBoolean(first + 8), row.getString(first + 9),
				row.getString(first + 10));
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

package io.passwordstage.flow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.passwordstage.web.ListQuery;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flows as {@link Flow} objects, in plain SQL outside any transaction: one statement for
 * a flow with its stages; for a page, one for the flows and one for the stages bound to
 * them (as the stage views do, the ORM's query machinery cost more than the queries).
 */
@Component
class FlowViews {

	private static final String SELECT = """
			select f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation, f.background,
			p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action, f.authentication
			from authentik_flows_flow f join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			""";

	/** One flow with the stages bound to it (in binding order), in one statement. */
	private static final String FIND = """
			select f.flow_uuid, f.policybindingmodel_ptr_id, f.name, f.slug, f.title, f.designation, f.background,
			p.policy_engine_mode, f.compatibility_mode, f.layout, f.denied_action, f.authentication,
			array(select b.stage_id from authentik_flows_flowstagebinding b where b.target_id = f.flow_uuid
			order by b."order", b.fsb_uuid)
			from authentik_flows_flow f join authentik_policies_policybindingmodel p on p.pbm_uuid = f.policybindingmodel_ptr_id
			where f.slug = ?""";

	private final JdbcClient jdbc;

	FlowViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Flow> find(String slug) {
		return jdbc.sql(FIND)
			.param(slug)
			.query((row, index) -> row(row, index).withStages(List.of((UUID[]) row.getArray(13).getArray())))
			.optional();
	}

	long count(ListQuery filter) {
		return filter.count(jdbc, "select count(*) from authentik_flows_flow f");
	}

	List<Flow> page(ListQuery filter, long offset, int limit) {
		return withStages(filter.page(jdbc, SELECT, offset, limit, FlowViews::row));
	}

	/** Each flow with the stages bound to it, one entry per binding, in binding order. */
	private List<Flow> withStages(List<Flow> flows) {
		if (flows.isEmpty()) {
			return flows;
		}
		Map<UUID, List<UUID>> stages = stagesOf(flows.stream().map(Flow::pk).toList());
		return flows.stream().map(flow -> flow.withStages(stages.getOrDefault(flow.pk(), List.of()))).toList();
	}

	Map<UUID, List<UUID>> stagesOf(Collection<UUID> flowIds) {
		Map<UUID, List<UUID>> stages = new HashMap<>();
		jdbc.sql("""
				select target_id, stage_id from authentik_flows_flowstagebinding
				where target_id in (:ids) order by "order", fsb_uuid""").param("ids", flowIds).query(row -> {
			stages.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(row.getObject(2, UUID.class));
		});
		return stages;
	}

	boolean slugTaken(String slug, UUID self) {
		return jdbc.sql(
				"select exists (select 1 from authentik_flows_flow where slug = :slug and flow_uuid is distinct from :self)")
			.param("slug", slug)
			.param("self", new SqlParameterValue(Types.OTHER, self))
			.query(Boolean.class)
			.single();
	}

	private static Flow row(ResultSet row, int index) throws SQLException {
		return new Flow(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
				row.getString(5), row.getString(6), row.getString(7), List.of(), List.of(), row.getString(8),
				row.getBoolean(9), row.getString(10), row.getString(11), row.getString(12));
	}

}

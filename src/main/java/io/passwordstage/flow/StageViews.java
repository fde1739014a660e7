package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stages of any kind as {@link Stage} objects, with their flows, in plain SQL outside any
 * transaction. The service stores one kind of stage, the password stage.
 */
@Component
public class StageViews {

	/** One stage with its flows: a row per bound flow (one with nulls when none). */
	private static final String FIND = "select st.name, " + FlowSetViews.FLOW_SET_COLUMNS
			+ "\nfrom authentik_flows_stage st\n" + FlowSetViews.FLOW_SET_JOINS.formatted("st.stage_uuid")
			+ " where st.stage_uuid = ?" + FlowSetViews.FLOW_SET_ORDER;

	private final JdbcClient jdbc;

	private final FlowSetViews flowViews;

	StageViews(JdbcClient jdbc, FlowSetViews flowViews) {
		this.jdbc = jdbc;
		this.flowViews = flowViews;
	}

	/** The stage with its flows, in one statement. */
	public Optional<Stage> find(UUID id) {
		List<FlowSet> flows = new ArrayList<>();
		String[] name = new String[1];
		jdbc.sql(FIND).param(id).query(rows -> {
			name[0] = rows.getString(1);
			FlowSet entry = FlowSetViews.flowSetEntry(rows, 2);
			if (entry != null) {
				flows.add(entry);
			}
		});
		return Optional.ofNullable(name[0]).map(found -> Stage.password(id, found, flows));
	}

	/** The stages with these ids, in the order given; unknown ids are left out. */
	public Map<UUID, Stage> find(Collection<UUID> ids) {
		Map<UUID, Stage> stages = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return stages;
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		jdbc.sql("select stage_uuid, name from authentik_flows_stage where stage_uuid in (:ids)")
			.param("ids", ids)
			.query(row -> {
				names.put(row.getObject(1, UUID.class), row.getString(2));
			});
		Map<UUID, List<FlowSet>> flowSets = flowViews.flowSets(names.keySet());
		for (UUID id : ids) {
			String name = names.get(id);
			if (name != null) {
				stages.put(id, Stage.password(id, name, flowSets.getOrDefault(id, List.of())));
			}
		}
		return stages;
	}

}

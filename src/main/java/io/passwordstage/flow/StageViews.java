package io.passwordstage.flow;

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

	private final JdbcClient jdbc;

	private final FlowSetViews flowViews;

	StageViews(JdbcClient jdbc, FlowSetViews flowViews) {
		this.jdbc = jdbc;
		this.flowViews = flowViews;
	}

	public Optional<Stage> find(UUID id) {
		return Optional.ofNullable(find(List.of(id)).get(id));
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

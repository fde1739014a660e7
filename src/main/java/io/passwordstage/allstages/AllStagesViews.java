package io.passwordstage.allstages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.flow.FlowSet;
import io.passwordstage.flow.FlowSetViews;
import io.passwordstage.flow.Stage;
import io.passwordstage.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stages of any kind read in plain SQL outside any transaction, like the other read
 * models: one statement for a page of stages and one for their flows. Every stage stored
 * here is a password stage.
 */
@Component
class AllStagesViews {

	private final JdbcClient jdbc;

	private final FlowSetViews flowViews;

	AllStagesViews(JdbcClient jdbc, FlowSetViews flowViews) {
		this.jdbc = jdbc;
		this.flowViews = flowViews;
	}

	long count(ListQuery filter) {
		return filter.count(jdbc, "select count(*) from authentik_flows_stage s");
	}

	List<Stage> page(ListQuery filter, long offset, int limit) {
		List<Stage> stages = filter.page(jdbc, "select s.stage_uuid, s.name from authentik_flows_stage s", offset,
				limit, (row, index) -> Stage.password(row.getObject(1, UUID.class), row.getString(2), List.of()));
		Map<UUID, List<FlowSet>> flowSets = flowViews.flowSets(stages.stream().map(Stage::pk).toList());
		return stages.stream()
			.map(stage -> Stage.password(stage.pk(), stage.name(), flowSets.getOrDefault(stage.pk(), List.of())))
			.toList();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from authentik_flows_stage where stage_uuid = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	/** The password stages with a configure flow, by name. */
	List<UserSetting> userSettings() {
		return jdbc.sql("""
				select s.stage_uuid from authentik_stages_password_passwordstage p
				join authentik_flows_stage s on s.stage_uuid = p.stage_ptr_id
				where p.configure_flow_id is not null order by s.name, s.stage_uuid""")
			.query((row, index) -> UserSetting.password(row.getObject(1, UUID.class)))
			.list();
	}

}

package io.passwordstage.binding;

import java.sql.Types;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's answers to a binding write's validation. A flow or stage found is locked
 * against deletion until the transaction ends, so that an update's foreign keys hold at
 * commit.
 */
@Component
class FlowStageBindingLookups implements BindingLookups {

	private final JdbcClient jdbc;

	private final boolean askAlways;

	@Autowired
	FlowStageBindingLookups(JdbcClient jdbc) {
		this(jdbc, true);
	}

	private FlowStageBindingLookups(JdbcClient jdbc, boolean askAlways) {
		this.jdbc = jdbc;
		this.askAlways = askAlways;
	}

	/** The same answers, asked only when another rule failed (a create). */
	FlowStageBindingLookups whenAnotherRuleFails() {
		return new FlowStageBindingLookups(jdbc, false);
	}

	@Override
	public boolean askAlways() {
		return askAlways;
	}

	@Override
	public boolean flowExists(UUID id) {
		return locked("select 1 from authentik_flows_flow where flow_uuid = ? for key share", id);
	}

	@Override
	public boolean stageExists(UUID id) {
		return locked("select 1 from authentik_flows_stage where stage_uuid = ? for key share", id);
	}

	@Override
	public boolean taken(UUID target, UUID stage, int order, UUID self) {
		return jdbc.sql("""
				select exists (select 1 from authentik_flows_flowstagebinding
				where target_id = ? and stage_id = ? and "order" = ? and fsb_uuid is distinct from ?)""")
			.params(target, stage, order, new SqlParameterValue(Types.OTHER, self))
			.query(Boolean.class)
			.single();
	}

	private boolean locked(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Integer.class).optional().isPresent();
	}

}

package io.passwordstage.stage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.flow.FlowSetViews;
import io.passwordstage.flow.FlowSet;
import io.passwordstage.web.ListQuery;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.VisibleObjects;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side: retrieve and list in plain SQL, one statement each for the stages and
 * one for their flows, outside any transaction (at read committed a transaction adds a
 * round trip and no consistency). Profiling showed the ORM's query machinery costing more
 * than the queries.
 */
@Component
class PasswordStageViews {

	private static final String SELECT = """
			select s.stage_ptr_id, b.name, s.backends, s.configure_flow_id, s.failed_attempts_before_cancel,
			s.allow_show_password
			from authentik_stages_password_passwordstage s join authentik_flows_stage b on b.stage_uuid = s.stage_ptr_id
			""";

	private static final String FIND = """
			select s.stage_ptr_id, b.name, s.backends, s.configure_flow_id, s.failed_attempts_before_cancel,
			s.allow_show_password, """ + FlowSetViews.FLOW_SET_COLUMNS + """

			from authentik_stages_password_passwordstage s join authentik_flows_stage b on b.stage_uuid = s.stage_ptr_id
			""" + FlowSetViews.FLOW_SET_JOINS.formatted("s.stage_ptr_id") + " where s.stage_ptr_id = ?"
			+ FlowSetViews.FLOW_SET_ORDER;

	private static final String COUNT = """
			select count(*)
			from authentik_stages_password_passwordstage s join authentik_flows_stage b on b.stage_uuid = s.stage_ptr_id
			""";

	/** Without a condition on the name, counting needs no join. */
	private static final String COUNT_WITHOUT_NAME = "select count(*) from authentik_stages_password_passwordstage s ";

	private final JdbcClient jdbc;

	private final FlowSetViews flowViews;

	PasswordStageViews(JdbcClient jdbc, FlowSetViews flowViews) {
		this.jdbc = jdbc;
		this.flowViews = flowViews;
	}

	/**
	 * A page of the stages the query's filters, search and ordering select, of those the
	 * caller may view ({@code visible}: their keys, {@code null} for all).
	 */
	PaginatedPasswordStageList list(Map<String, String> params, Set<String> visible) {
		ListQuery filter = PasswordStageListFilter.parse(params, flowViews::flowExists).visibleOnly(visible);
		long count = filter.matchesNothing() ? 0 : count(filter);
		if (count == 0 && visible != null) {
			VisibleObjects.requireSome(
					count(PasswordStageListFilter.parse(VisibleObjects.searchOnly(params), flowViews::flowExists)
						.visibleOnly(visible)));
		}
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), count);
		List<PasswordStage> results = count == 0 ? List.of() : page(filter, window.offset(), window.size());
		return new PaginatedPasswordStageList(window.pagination(), results, Map.of());
	}

	/**
	 * The stage with its {@code flow_set}, in one statement: a row per bound flow (one
	 * with nulls when there is none).
	 */
	Optional<PasswordStage> find(UUID id) {
		List<FlowSet> flows = new ArrayList<>();
		PasswordStage[] stage = new PasswordStage[1];
		jdbc.sql(FIND).param(id).query(rows -> {
			if (stage[0] == null) {
				stage[0] = row(rows, 0);
			}
			FlowSet entry = FlowSetViews.flowSetEntry(rows, 7);
			if (entry != null) {
				flows.add(entry);
			}
		});
		return Optional.ofNullable(stage[0]).map(row -> row.withFlowSet(flows));
	}

	/**
	 * Whether a stage of any kind other than {@code self} (none when null) has this name.
	 */
	boolean nameTaken(String name, UUID self) {
		return jdbc
			.sql("select exists (select 1 from authentik_flows_stage where name = ? and stage_uuid is distinct from ?)")
			.params(name, new SqlParameterValue(Types.OTHER, self))
			.query(Boolean.class)
			.single();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from authentik_stages_password_passwordstage where stage_ptr_id = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	long count(ListQuery query) {
		return query.count(jdbc, query.where().contains("b.name") ? COUNT : COUNT_WITHOUT_NAME);
	}

	List<PasswordStage> page(ListQuery query, long offset, int limit) {
		List<PasswordStage> rows = query.page(jdbc, SELECT, offset, limit, PasswordStageViews::row);
		Map<UUID, List<FlowSet>> flowSets = flowViews.flowSets(rows.stream().map(PasswordStage::pk).toList());
		return rows.stream().map(row -> row.withFlowSet(flowSets.getOrDefault(row.pk(), List.of()))).toList();
	}

	/** A stage's row, its {@code flow_set} still empty. */
	private static PasswordStage row(ResultSet row, int index) throws SQLException {
		return PasswordStage.of(row.getObject(1, UUID.class), row.getString(2), List.of(),
				List.of((String[]) row.getArray(3).getArray()), row.getObject(4, UUID.class), row.getInt(5),
				row.getBoolean(6));
	}

}

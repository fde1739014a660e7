package io.passwordstage.binding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.flow.FlowSet;
import io.passwordstage.flow.FlowSetViews;
import io.passwordstage.flow.Stage;
import io.passwordstage.flow.StageViews;
import io.passwordstage.web.ListQuery;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.VisibleObjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.stereotype.Component;

/**
 * The read side of bindings in plain SQL, as the other read models are (the ORM's query
 * machinery cost more than the queries): one binding with its {@code stage_obj} in one
 * statement; a page in one statement for the bindings and the stage view's for their
 * {@code stage_obj}.
 */
@Component
class FlowStageBindingViews {

	private static final String FROM = """
			from authentik_flows_flowstagebinding fb
			join authentik_policies_policybindingmodel p on p.pbm_uuid = fb.policybindingmodel_ptr_id
			join authentik_flows_stage s on s.stage_uuid = fb.stage_id
			""";

	private static final String SELECT = """
			select fb.fsb_uuid, fb.policybindingmodel_ptr_id, fb.target_id, fb.stage_id, fb.evaluate_on_plan,
			fb.re_evaluate_policies, fb."order", p.policy_engine_mode, fb.invalid_response_action
			""" + FROM;

	/**
	 * One binding, its stage's name and the stage's flows: a row per bound flow (left
	 * joins, so a row even where the stage has none).
	 */
	private static final String FIND = """
			select b.fsb_uuid, b.policybindingmodel_ptr_id, b.target_id, b.stage_id, b.evaluate_on_plan,
			b.re_evaluate_policies, b."order", bp.policy_engine_mode, b.invalid_response_action, st.name,
			""" + FlowSetViews.FLOW_SET_COLUMNS + """

			from authentik_flows_flowstagebinding b
			join authentik_policies_policybindingmodel bp on bp.pbm_uuid = b.policybindingmodel_ptr_id
			join authentik_flows_stage st on st.stage_uuid = b.stage_id
			""" + FlowSetViews.FLOW_SET_JOINS.formatted("b.stage_id") + " where b.fsb_uuid = ?"
			+ FlowSetViews.FLOW_SET_ORDER;

	private final JdbcClient jdbc;

	private final StageViews stageViews;

	private final FlowSetViews flowViews;

	FlowStageBindingViews(JdbcClient jdbc, StageViews stageViews, FlowSetViews flowViews) {
		this.jdbc = jdbc;
		this.stageViews = stageViews;
		this.flowViews = flowViews;
	}

	/**
	 * A page of the bindings the query's filters and ordering select, of those the caller
	 * may view ({@code visible}: their keys, {@code null} for all).
	 */
	PaginatedFlowStageBindingList list(MultiValueMap<String, String> params, Set<String> visible) {
		ListQuery filter = FlowStageBindingListFilter.parse(params, flowViews::flowExists, this::stageExists)
			.visibleOnly(visible);
		long count = filter.matchesNothing() ? 0 : count(filter);
		if (count == 0 && visible != null) {
			LinkedMultiValueMap<String, String> search = new LinkedMultiValueMap<>();
			search.setAll(VisibleObjects.searchOnly(params.toSingleValueMap()));
			VisibleObjects
				.requireSome(count(FlowStageBindingListFilter.parse(search, flowViews::flowExists, this::stageExists)
					.visibleOnly(visible)));
		}
		PageWindow window = PageWindow.of(params.getFirst("page"), params.getFirst("page_size"), count);
		List<FlowStageBinding> results = count == 0 ? List.of() : page(filter, window.offset(), window.size());
		return new PaginatedFlowStageBindingList(window.pagination(), results, Map.of());
	}

	/** The binding without its {@code stage_obj}. */
	Optional<FlowStageBinding> row(UUID id) {
		return jdbc.sql(SELECT + " where fb.fsb_uuid = ?").param(id).query(FlowStageBindingViews::binding).optional();
	}

	/** The binding with its {@code stage_obj}, in one statement. */
	Optional<FlowStageBinding> find(UUID id) {
		List<FlowSet> flows = new ArrayList<>();
		FlowStageBinding[] binding = new FlowStageBinding[1];
		String[] stageName = new String[1];
		jdbc.sql(FIND).param(id).query(rows -> {
			if (binding[0] == null) {
				binding[0] = binding(rows, 0);
				stageName[0] = rows.getString(10);
			}
			FlowSet entry = FlowSetViews.flowSetEntry(rows, 11);
			if (entry != null) {
				flows.add(entry);
			}
		});
		return Optional.ofNullable(binding[0])
			.map(found -> found.withStage(Stage.password(found.stage(), stageName[0], flows)));
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from authentik_flows_flowstagebinding where fsb_uuid = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	long count(ListQuery filter) {
		return filter.count(jdbc, "select count(*) " + FROM);
	}

	List<FlowStageBinding> page(ListQuery filter, long offset, int limit) {
		return withStages(filter.page(jdbc, SELECT, offset, limit, FlowStageBindingViews::binding));
	}

	boolean stageExists(UUID id) {
		return jdbc.sql("select exists (select 1 from authentik_flows_stage where stage_uuid = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private List<FlowStageBinding> withStages(List<FlowStageBinding> bindings) {
		Map<UUID, Stage> stages = stageViews.find(bindings.stream().map(FlowStageBinding::stage).distinct().toList());
		return bindings.stream().map(binding -> binding.withStage(stages.get(binding.stage()))).toList();
	}

	private static FlowStageBinding binding(ResultSet row, int index) throws SQLException {
		return new FlowStageBinding(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
				row.getObject(3, UUID.class), row.getObject(4, UUID.class), null, row.getBoolean(5), row.getBoolean(6),
				row.getInt(7), row.getString(8), row.getString(9));
	}

}

package io.passwordstage.flow;

import io.passwordstage.web.UsedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What refers to a flow, read in plain SQL: its bindings and their stages (for
 * {@code used_by} and the export) and the password stages it configures.
 */
@Component
public class FlowReferences {

	private final JdbcClient jdbc;

	FlowReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A binding of the flow, with its stage as a password stage. */
	public record BoundStage(UUID bindingId, int order, boolean evaluateOnPlan, boolean reEvaluatePolicies,
			String invalidResponseAction, String policyEngineMode, UUID stageId, String stageName,
			List<String> backends, UUID configureFlow, int failedAttemptsBeforeCancel, boolean allowShowPassword) {
	}

	/** The slug of the flow with this pk (null when there is none). */
	public String slugOf(UUID flowId) {
		return jdbc.sql("select slug from authentik_flows_flow where flow_uuid = ?")
			.param(flowId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The flow's bindings in authentik's order (by {@code order}). */
	public List<BoundStage> bindings(UUID flowId) {
		return jdbc
			.sql("""
					select fb.fsb_uuid, fb."order", fb.evaluate_on_plan, fb.re_evaluate_policies, fb.invalid_response_action,
					p.policy_engine_mode, b.stage_uuid, b.name, s.backends, s.configure_flow_id,
					s.failed_attempts_before_cancel, s.allow_show_password
					from authentik_flows_flowstagebinding fb
					join authentik_policies_policybindingmodel p on p.pbm_uuid = fb.policybindingmodel_ptr_id
					join authentik_flows_stage b on b.stage_uuid = fb.stage_id
					join authentik_stages_password_passwordstage s on s.stage_ptr_id = b.stage_uuid
					where fb.target_id = ? order by fb."order", fb.fsb_uuid""")
			.param(flowId)
			.query((row, index) -> new BoundStage(row.getObject(1, UUID.class), row.getInt(2), row.getBoolean(3),
					row.getBoolean(4), row.getString(5), row.getString(6), row.getObject(7, UUID.class),
					row.getString(8), List.of((String[]) row.getArray(9).getArray()), row.getObject(10, UUID.class),
					row.getInt(11), row.getBoolean(12)))
			.list();
	}

	/**
	 * authentik's {@code used_by} of a flow: its bindings, the password stages it
	 * configures (set to null when it goes), then its stages, one per binding.
	 */
	List<UsedBy> usedBy(UUID flowId) {
		List<BoundStage> bindings = bindings(flowId);
		List<UsedBy> usedBy = new ArrayList<>();
		for (BoundStage binding : bindings) {
			usedBy.add(new UsedBy("authentik_flows", "flowstagebinding", binding.bindingId().toString(),
					"Flow-stage binding #" + binding.order() + " to " + flowId, "cascade"));
		}
		jdbc.sql("""
				select b.stage_uuid, b.name from authentik_stages_password_passwordstage s
				join authentik_flows_stage b on b.stage_uuid = s.stage_ptr_id
				where s.configure_flow_id = ? order by b.name, b.stage_uuid""").param(flowId).query(row -> {
			usedBy.add(new UsedBy("authentik_stages_password", "passwordstage", row.getObject(1, UUID.class).toString(),
					"Stage " + row.getString(2), "set_null"));
		});
		for (BoundStage binding : bindings) {
			usedBy.add(new UsedBy("authentik_flows", "stage", binding.stageId().toString(),
					"Stage " + binding.stageName(), "cascade_many"));
		}
		return usedBy;
	}

}

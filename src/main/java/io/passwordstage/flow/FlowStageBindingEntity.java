package io.passwordstage.flow;

import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Binds a stage into a flow at a position ({@code order}), as authentik's FlowStageBinding. */
@Entity
@Table(name = "authentik_flows_flowstagebinding")
public class FlowStageBindingEntity {

	@Id
	@Column(name = "fsb_uuid")
	private UUID id;

	@OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
	@JoinColumn(name = "policybindingmodel_ptr_id", nullable = false, unique = true)
	private PolicyBindingModelEntity policyBindingModel;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "target_id", nullable = false)
	private FlowEntity target;

	@Column(name = "stage_id", nullable = false)
	private UUID stageId;

	@Column(name = "evaluate_on_plan", nullable = false)
	private boolean evaluateOnPlan;

	@Column(name = "re_evaluate_policies", nullable = false)
	private boolean reEvaluatePolicies = true;

	@Column(name = "invalid_response_action", nullable = false)
	private String invalidResponseAction = "retry";

	@Column(name = "`order`", nullable = false)
	private int order;

	protected FlowStageBindingEntity() {
	}

	FlowStageBindingEntity(FlowEntity target, UUID stageId, int order) {
		this.id = UUID.randomUUID();
		this.policyBindingModel = new PolicyBindingModelEntity(PolicyEngineMode.ANY.value());
		this.target = target;
		this.stageId = stageId;
		this.order = order;
	}

	public UUID id() {
		return id;
	}

	public UUID stageId() {
		return stageId;
	}

	public FlowEntity target() {
		return target;
	}

	public int order() {
		return order;
	}

}

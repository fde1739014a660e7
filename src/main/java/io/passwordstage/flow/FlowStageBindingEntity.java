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

/**
 * A stage's place in a flow, with its own policy-binding-model row, as authentik's
 * FlowStageBinding.
 */
@Entity
@Table(name = "authentik_flows_flowstagebinding")
public class FlowStageBindingEntity {

	@Id
	@Column(name = "fsb_uuid")
	private UUID id;

	@OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policybindingmodel_ptr_id", nullable = false, unique = true)
	private PolicyBindingModelEntity policyBindingModel;

	@ManyToOne(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "target_id", nullable = false)
	private FlowEntity target;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stage_id", nullable = false)
	private StageEntity stage;

	@Column(name = "evaluate_on_plan", nullable = false)
	private boolean evaluateOnPlan;

	@Column(name = "re_evaluate_policies", nullable = false)
	private boolean reEvaluatePolicies = true;

	@Column(name = "invalid_response_action", nullable = false)
	private String invalidResponseAction = "retry";

	@Column(name = "\"order\"", nullable = false)
	private int order;

	protected FlowStageBindingEntity() {
	}

	/**
	 * A new binding with its own policy-binding-model row and authentik's defaults for
	 * its settings.
	 */
	public FlowStageBindingEntity(FlowEntity target, StageEntity stage, int order) {
		this(null, target, stage, order);
	}

	/** A new binding whose pk is {@code id} when given (a blueprint's). */
	public FlowStageBindingEntity(UUID id, FlowEntity target, StageEntity stage, int order) {
		this.id = id == null ? UUID.randomUUID() : id;
		this.policyBindingModel = new PolicyBindingModelEntity(this.id, PolicyEngineMode.ANY.value());
		this.target = target;
		this.stage = stage;
		this.order = order;
	}

	public UUID id() {
		return id;
	}

	/** Moves the binding; a null argument keeps the current flow, stage or position. */
	public void place(FlowEntity target, StageEntity stage, Integer order) {
		this.target = target == null ? this.target : target;
		this.stage = stage == null ? this.stage : stage;
		this.order = order == null ? this.order : order;
	}

	/** Sets the settings given; a null argument keeps that setting's value. */
	public void configure(Boolean evaluateOnPlan, Boolean reEvaluatePolicies, String policyEngineMode,
			String invalidResponseAction) {
		this.evaluateOnPlan = evaluateOnPlan == null ? this.evaluateOnPlan : evaluateOnPlan;
		this.reEvaluatePolicies = reEvaluatePolicies == null ? this.reEvaluatePolicies : reEvaluatePolicies;
		this.invalidResponseAction = invalidResponseAction == null ? this.invalidResponseAction : invalidResponseAction;
		if (policyEngineMode != null && !policyEngineMode.equals(policyBindingModel.policyEngineMode())) {
			policyBindingModel.changePolicyEngineMode(policyEngineMode);
		}
	}

	FlowEntity target() {
		return target;
	}

	PolicyBindingModelEntity policyBindingModel() {
		return policyBindingModel;
	}

}

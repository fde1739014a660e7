package io.passwordstage.flow;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The policy-binding-model row that authentik gives every flow and every binding. */
@Entity
@Table(name = "authentik_policies_policybindingmodel")
class PolicyBindingModelEntity {

	@Id
	@Column(name = "pbm_uuid")
	private UUID id;

	@Column(name = "policy_engine_mode", nullable = false)
	private String policyEngineMode;

	protected PolicyBindingModelEntity() {
	}

	PolicyBindingModelEntity(String policyEngineMode) {
		this.id = UUID.randomUUID();
		this.policyEngineMode = policyEngineMode;
	}

	UUID id() {
		return id;
	}

	String policyEngineMode() {
		return policyEngineMode;
	}

	void changePolicyEngineMode(String mode) {
		this.policyEngineMode = mode;
	}

}

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

	/**
	 * The row of the flow or binding {@code owner}. Its uuid is derived from the owner's,
	 * so that an object deleted and recreated from its export (which carries only the
	 * owner's pk, as authentik's does) reads back with the same
	 * {@code policybindingmodel_ptr_id}.
	 */
	PolicyBindingModelEntity(UUID owner, String policyEngineMode) {
		this.id = UUID.nameUUIDFromBytes(("authentik_policies.policybindingmodel:" + owner)
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
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

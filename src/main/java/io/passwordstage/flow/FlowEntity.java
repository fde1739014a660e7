package io.passwordstage.flow;

import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A flow; its policy-binding-model row is a separate parent with its own uuid, as in authentik. */
@Entity
@Table(name = "authentik_flows_flow")
public class FlowEntity {

	@Id
	@Column(name = "flow_uuid")
	private UUID id;

	@OneToOne(fetch = FetchType.EAGER, optional = false, cascade = CascadeType.ALL)
	@JoinColumn(name = "policybindingmodel_ptr_id", nullable = false, unique = true)
	private PolicyBindingModelEntity policyBindingModel;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 50)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, length = 100)
	private String designation;

	@Column(length = 500)
	private String background;

	@Column(nullable = false)
	private String layout;

	@Column(name = "compatibility_mode", nullable = false)
	private boolean compatibilityMode;

	@Column(name = "denied_action", nullable = false)
	private String deniedAction;

	@Column(nullable = false)
	private String authentication;

	protected FlowEntity() {
	}

	/** A new flow from a validated request item, with authentik's defaults for absent fields. */
	FlowEntity(FlowSetRequest item) {
		this.id = UUID.randomUUID();
		this.policyBindingModel = new PolicyBindingModelEntity(
				item.policyEngineMode() == null ? PolicyEngineMode.ANY.value() : item.policyEngineMode());
		this.slug = item.slug();
		this.layout = FlowLayout.STACKED.value();
		this.deniedAction = DeniedAction.MESSAGE_CONTINUE.value();
		this.authentication = "none";
		apply(item);
	}

	/** Applies the fields present in a request item. */
	void apply(FlowSetRequest item) {
		if (item.name() != null) {
			this.name = item.name();
		}
		if (item.title() != null) {
			this.title = item.title();
		}
		if (item.designation() != null) {
			this.designation = item.designation();
		}
		if (item.policyEngineMode() != null) {
			this.policyBindingModel.changePolicyEngineMode(item.policyEngineMode());
		}
		if (item.compatibilityMode() != null) {
			this.compatibilityMode = item.compatibilityMode();
		}
		if (item.layout() != null) {
			this.layout = item.layout();
		}
		if (item.deniedAction() != null) {
			this.deniedAction = item.deniedAction();
		}
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String slug() {
		return slug;
	}

	FlowSet toFlowSet() {
		return FlowSet.of(id, policyBindingModel.id(), name, slug, title, designation, background,
				policyBindingModel.policyEngineMode(), compatibilityMode, layout, deniedAction);
	}

}

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
import org.hibernate.annotations.DynamicUpdate;

/**
 * A flow with its own policy-binding-model row (so its pk and that row's are two uuids,
 * as in authentik).
 */
@Entity
@Table(name = "authentik_flows_flow")
@DynamicUpdate
public class FlowEntity {

	@Id
	@Column(name = "flow_uuid")
	private UUID id;

	@OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policybindingmodel_ptr_id", nullable = false, unique = true)
	private PolicyBindingModelEntity policyBindingModel;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
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

	/**
	 * A new flow from a validated item, with authentik's defaults for the fields left
	 * out.
	 */
	static FlowEntity create(FlowSetRequest item) {
		FlowEntity flow = withDefaults(null);
		flow.slug = item.slug();
		flow.apply(item);
		return flow;
	}

	/** The fields an item names; those it leaves out keep their values. */
	void apply(FlowSetRequest item) {
		name = item.name() == null ? name : item.name();
		title = item.title() == null ? title : item.title();
		designation = item.designation() == null ? designation : item.designation();
		compatibilityMode = item.compatibilityMode() == null ? compatibilityMode : item.compatibilityMode();
		layout = item.layout() == null ? layout : item.layout();
		deniedAction = item.deniedAction() == null ? deniedAction : item.deniedAction();
		if (item.policyEngineMode() != null && !item.policyEngineMode().equals(policyBindingModel.policyEngineMode())) {
			policyBindingModel.changePolicyEngineMode(item.policyEngineMode());
		}
	}

	/**
	 * A new flow from a validated create body, with authentik's defaults; its pk is
	 * {@code id} when given (a blueprint's), a new uuid otherwise.
	 */
	static FlowEntity create(FlowRequest request, UUID id) {
		FlowEntity flow = withDefaults(id);
		flow.apply(request);
		return flow;
	}

	private static FlowEntity withDefaults(UUID id) {
		FlowEntity flow = new FlowEntity();
		flow.id = id == null ? UUID.randomUUID() : id;
		flow.policyBindingModel = new PolicyBindingModelEntity(flow.id, PolicyEngineMode.ANY.value());
		flow.layout = FlowLayout.STACKED.value();
		flow.deniedAction = DeniedAction.MESSAGE_CONTINUE.value();
		flow.authentication = FlowAuthentication.NONE.value();
		return flow;
	}

	/** The fields a write sent; those it left out keep their values. */
	void apply(FlowRequest changes) {
		name = changes.name() == null ? name : changes.name();
		slug = changes.slug() == null ? slug : changes.slug();
		title = changes.title() == null ? title : changes.title();
		designation = changes.designation() == null ? designation : changes.designation();
		compatibilityMode = changes.compatibilityMode() == null ? compatibilityMode : changes.compatibilityMode();
		layout = changes.layout() == null ? layout : changes.layout();
		deniedAction = changes.deniedAction() == null ? deniedAction : changes.deniedAction();
		authentication = changes.authentication() == null ? authentication : changes.authentication();
		if (changes.background() != null) {
			background = changes.background().isEmpty() ? null : changes.background();
		}
		if (changes.policyEngineMode() != null
				&& !changes.policyEngineMode().equals(policyBindingModel.policyEngineMode())) {
			policyBindingModel.changePolicyEngineMode(changes.policyEngineMode());
		}
	}

	/** A background as given; {@code ""} clears it. */
	void changeBackground(String value) {
		background = value.isEmpty() ? null : value;
	}

	/** The fields as authentik's audit records them: the model's fields by name. */
	java.util.Map<String, Object> auditState() {
		java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("pbm_uuid", policyBindingModel.id());
		state.put("policy_engine_mode", policyBindingModel.policyEngineMode());
		state.put("flow_uuid", id);
		state.put("policybindingmodel_ptr", policyBindingModel.id());
		state.put("name", name);
		state.put("slug", slug);
		state.put("title", title);
		state.put("designation", designation);
		state.put("background", background);
		state.put("layout", layout);
		state.put("compatibility_mode", compatibilityMode);
		state.put("denied_action", deniedAction);
		state.put("authentication", authentication);
		return state;
	}

	/** authentik's {@code __str__}, the name audit events and {@code used_by} show. */
	String displayName() {
		return "Flow " + name + " (" + slug + ")";
	}

	Flow toFlow(java.util.List<UUID> stages) {
		return new Flow(id, policyBindingModel.id(), name, slug, title, designation, background, stages,
				java.util.List.of(), policyBindingModel.policyEngineMode(), compatibilityMode, layout, deniedAction,
				authentication);
	}

	UUID id() {
		return id;
	}

	String slug() {
		return slug;
	}

	FlowSet toFlowSet() {
		return new FlowSet(id, policyBindingModel.id(), name, slug, title, designation, background,
				policyBindingModel.policyEngineMode(), compatibilityMode, layout, deniedAction);
	}

	PolicyBindingModelEntity policyBindingModel() {
		return policyBindingModel;
	}

}

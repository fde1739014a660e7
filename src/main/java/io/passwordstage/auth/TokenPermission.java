package io.passwordstage.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The permissions a token can hold: authentik's names for the permissions of the models
 * the service manages (password stages, flows, flow-stage bindings, stages of any kind),
 * of the audit trail, and the one the blueprint import asks for.
 */
@Schema(name = "TokenPermissionEnum", enumAsRef = true)
public enum TokenPermission implements WireEnum {

	VIEW("authentik_stages_password.view_passwordstage"), ADD("authentik_stages_password.add_passwordstage"),
	CHANGE("authentik_stages_password.change_passwordstage"), DELETE("authentik_stages_password.delete_passwordstage"),
	VIEW_EVENTS("authentik_events.view_event"), VIEW_FLOW("authentik_flows.view_flow"),
	ADD_FLOW("authentik_flows.add_flow"), CHANGE_FLOW("authentik_flows.change_flow"),
	DELETE_FLOW("authentik_flows.delete_flow"), EXPORT_FLOW("authentik_flows.export_flow"),
	VIEW_FLOW_CACHE("authentik_flows.view_flow_cache"), CLEAR_FLOW_CACHE("authentik_flows.clear_flow_cache"),
	VIEW_BINDING("authentik_flows.view_flowstagebinding"), ADD_BINDING("authentik_flows.add_flowstagebinding"),
	CHANGE_BINDING("authentik_flows.change_flowstagebinding"),
	DELETE_BINDING("authentik_flows.delete_flowstagebinding"), VIEW_STAGE("authentik_flows.view_stage"),
	DELETE_STAGE("authentik_flows.delete_stage"), ADD_BLUEPRINT_INSTANCE("authentik_blueprints.add_blueprintinstance");

	private final String value;

	TokenPermission(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

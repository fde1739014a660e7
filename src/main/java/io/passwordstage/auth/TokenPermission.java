package io.passwordstage.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The permissions a token can hold, authentik's names for the PasswordStage model's
 * permissions.
 */
@Schema(name = "TokenPermissionEnum", enumAsRef = true)
public enum TokenPermission implements WireEnum {

	VIEW("authentik_stages_password.view_passwordstage"), ADD("authentik_stages_password.add_passwordstage"),
	CHANGE("authentik_stages_password.change_passwordstage"), DELETE("authentik_stages_password.delete_passwordstage"),
	VIEW_EVENTS("authentik_events.view_event");

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

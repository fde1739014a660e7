package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What happens when a flow denies access. */
@Schema(name = "DeniedActionEnum", enumAsRef = true)
enum DeniedAction implements WireEnum {

	MESSAGE_CONTINUE("message_continue"), MESSAGE("message"), CONTINUE("continue");

	private final String value;

	DeniedAction(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

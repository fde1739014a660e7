package io.passwordstage.binding;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the flow executor does with an invalid response to a stage's challenge. */
@Schema(name = "InvalidResponseActionEnum", enumAsRef = true)
enum InvalidResponseAction implements WireEnum {

	RETRY("retry"), RESTART("restart"), RESTART_WITH_CONTEXT("restart_with_context");

	private final String value;

	InvalidResponseAction(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

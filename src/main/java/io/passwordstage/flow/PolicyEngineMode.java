package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** How a flow's policies combine. */
@Schema(name = "PolicyEngineMode", enumAsRef = true)
public enum PolicyEngineMode implements WireEnum {

	ALL("all"), ANY("any");

	private final String value;

	PolicyEngineMode(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a flow is used for. */
@Schema(name = "FlowDesignationEnum", enumAsRef = true)
enum FlowDesignation implements WireEnum {

	AUTHENTICATION("authentication"), AUTHORIZATION("authorization"), INVALIDATION("invalidation"),
	ENROLLMENT("enrollment"), UNENROLLMENT("unenrollment"), RECOVERY("recovery"),
	STAGE_CONFIGURATION("stage_configuration");

	private final String value;

	FlowDesignation(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

package io.passwordstage.flow;

import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** How a flow's pages are laid out. */
@Schema(name = "FlowLayoutEnum", enumAsRef = true)
enum FlowLayout implements WireEnum {

	STACKED("stacked"), CONTENT_LEFT("content_left"), CONTENT_RIGHT("content_right"), SIDEBAR_LEFT("sidebar_left"),
	SIDEBAR_RIGHT("sidebar_right");

	private final String value;

	FlowLayout(String value) {
		this.value = value;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

}

package io.passwordstage.flow;

import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.WireEnum;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** How a flow's pages are laid out. */
@Schema(name = "FlowLayoutEnum", enumAsRef = true)
enum FlowLayout implements WireEnum {

	STACKED("stacked"), CONTENT_LEFT("content_left"), CONTENT_RIGHT("content_right"), SIDEBAR_LEFT("sidebar_left"),
	SIDEBAR_RIGHT("sidebar_right"),
	SIDEBAR_LEFT_FRAME_BACKGROUND("sidebar_left_frame_background", Difference.SCHEMA_2026),
	SIDEBAR_RIGHT_FRAME_BACKGROUND("sidebar_right_frame_background", Difference.SCHEMA_2026);

	private final String value;

	private final Difference offeredWith;

	FlowLayout(String value) {
		this(value, null);
	}

	FlowLayout(String value, Difference offeredWith) {
		this.value = value;
		this.offeredWith = offeredWith;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

	@Override
	public Difference offeredWith() {
		return offeredWith;
	}

	/**
	 * A stored layout as a line without the frame-background sidebars can show it: the
	 * sidebars they extend.
	 */
	static String in2025(String layout) {
		return layout == null ? null : layout.replace("_frame_background", "");
	}

}

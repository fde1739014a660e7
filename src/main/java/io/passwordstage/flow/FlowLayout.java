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

	/**
	 * A stored layout as the 2025.8 line can show it: 2026.2's frame-background sidebars
	 * as the sidebars they extend.
	 */
	static String in2025(String layout) {
		return layout == null ? null : layout.replace("_frame_background", "");
	}

	/** The layouts of the 2026.2 line: two more sidebar variants. */
	@Schema(hidden = true)
	enum Since2026 implements WireEnum {

		STACKED("stacked"), CONTENT_LEFT("content_left"), CONTENT_RIGHT("content_right"), SIDEBAR_LEFT("sidebar_left"),
		SIDEBAR_RIGHT("sidebar_right"), SIDEBAR_LEFT_FRAME_BACKGROUND("sidebar_left_frame_background"),
		SIDEBAR_RIGHT_FRAME_BACKGROUND("sidebar_right_frame_background");

		private final String value;

		Since2026(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return value;
		}

	}

}

package io.passwordstage.flow;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** A flow bound to a stage, as listed in the stage's {@code flow_set}. */
@Schema(name = "FlowSet", description = "Stripped down flow serializer",
		requiredProperties = { "background", "designation", "export_url", "name", "pk", "policybindingmodel_ptr_id",
				"slug", "title" })
@JsonPropertyOrder({ "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", "background",
		"policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action" })
public record FlowSet(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Flow uuid") UUID pk,
		@JsonProperty("policybindingmodel_ptr_id") @Schema(
				accessMode = Schema.AccessMode.READ_ONLY) UUID policybindingmodelPtrId,
		String name, @Schema(maxLength = 50, pattern = "^[-a-zA-Z0-9_]+$", description = SLUG_HELP) String slug,
		@Schema(description = TITLE_HELP) String title,
		@Schema(implementation = FlowDesignation.class, description = DESIGNATION_HELP) String designation,
		@JsonIgnore @Schema(hidden = true) String storedBackground,
		@JsonProperty("policy_engine_mode") @Schema(implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("compatibility_mode") @Schema(description = COMPATIBILITY_HELP) boolean compatibilityMode,
		@JsonIgnore @Schema(hidden = true) String storedLayout,
		@JsonProperty("denied_action") @Schema(implementation = DeniedAction.class,
				description = DENIED_ACTION_HELP) String deniedAction) {

	static final String SLUG_HELP = "Visible in the URL.";

	static final String TITLE_HELP = "Shown as the Title in Flow pages.";

	static final String COMPATIBILITY_HELP = "Enable compatibility mode, increases compatibility with password managers on mobile devices.";

	static final String DESIGNATION_HELP = "Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.";

	static final String DENIED_ACTION_HELP = "Configure what should happen when a flow denies access to a user.";

	static final String BACKGROUND_HELP = "Get the URL to the background image. If the name is /static or starts with http\nit is returned as-is";

	/** 2025.8's {@code background}: the URL of the background image. */
	@JsonProperty("background")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = BACKGROUND_HELP)
	public String background() {
		return FlowBackground.url(storedBackground);
	}

	/** 2026.2's {@code background_url}, the same URL under its new name. */
	@JsonIgnore
	public String backgroundUrl() {
		return FlowBackground.url(storedBackground);
	}

	/**
	 * 2025.8's {@code layout}: a layout only 2026.2 has shows as the 2025.8 layout it
	 * extends, so that 2025.8's clients still decode a flow made in the 2026.2 line.
	 */
	@JsonProperty("layout")
	@Schema(implementation = FlowLayout.class)
	public String layout() {
		return FlowLayout.in2025(storedLayout);
	}

	@JsonIgnore
	public String layoutValue() {
		return storedLayout;
	}

	@JsonProperty("export_url")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Get export URL for flow")
	public String exportUrl() {
		return FlowBackground.exportUrl(slug);
	}

	/**
	 * The 2026.2 shape: {@code background_url} instead of {@code background}
	 * ({@code @JsonIgnore(false)} lifts the record's own ignore).
	 */
	@JsonPropertyOrder({ "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", "background_url",
			"policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action" })
	public abstract static class Wire2026 {

		@JsonIgnore
		public abstract String background();

		@JsonIgnore(false)
		@JsonProperty("background_url")
		public abstract String backgroundUrl();

		@JsonIgnore
		public abstract String layout();

		@JsonIgnore(false)
		@JsonProperty("layout")
		public abstract String layoutValue();

	}

}

package io.passwordstage.flow;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.passwordstage.web.Tagged;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A flow as authentik's FlowSerializer returns it. The record carries what is stored; the
 * keys are 2025.8's, and {@link Wire2026} reshapes them for the 2026.2 line.
 */
@Schema(name = "Flow", description = "Flow Serializer",
		requiredProperties = { "background", "cache_count", "designation", "export_url", "name", "pk", "policies",
				"policybindingmodel_ptr_id", "slug", "stages", "title" })
@JsonPropertyOrder({ "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", "background", "stages",
		"policies", "cache_count", "policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action",
		"authentication" })
public record Flow(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Flow uuid") UUID pk,
		@JsonProperty("policybindingmodel_ptr_id") @Schema(
				accessMode = Schema.AccessMode.READ_ONLY) UUID policybindingmodelPtrId,
		String name, @Schema(maxLength = 50, pattern = "^[-a-zA-Z0-9_]+$", description = FlowSet.SLUG_HELP) String slug,
		@Schema(description = FlowSet.TITLE_HELP) String title,
		@Schema(implementation = FlowDesignation.class, description = FlowSet.DESIGNATION_HELP) String designation,
		@JsonIgnore @Schema(hidden = true) String storedBackground,
		@ArraySchema(schema = @Schema(type = "string", format = "uuid"),
				arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY)) List<UUID> stages,
		@ArraySchema(schema = @Schema(type = "string", format = "uuid"),
				arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY)) List<UUID> policies,
		@JsonProperty("policy_engine_mode") @Schema(implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("compatibility_mode") @Schema(description = FlowSet.COMPATIBILITY_HELP) boolean compatibilityMode,
		@JsonIgnore @Schema(hidden = true) String storedLayout,
		@JsonProperty("denied_action") @Schema(implementation = DeniedAction.class,
				description = FlowSet.DENIED_ACTION_HELP) String deniedAction,
		@Schema(implementation = FlowAuthentication.class, description = AUTHENTICATION_HELP) String authentication)
		implements
			Tagged {

	static final String AUTHENTICATION_HELP = "Required level of authentication and authorization to access a flow.";

	static final String BACKGROUND_2026_HELP = "Background shown during execution";

	/** The same flow with the stages bound to it. */
	Flow withStages(List<UUID> boundStages) {
		return new Flow(pk, policybindingmodelPtrId, name, slug, title, designation, storedBackground, boundStages,
				policies, policyEngineMode, compatibilityMode, storedLayout, deniedAction, authentication);
	}

	/** 2025.8's {@code background}: the URL of the background image. */
	@JsonProperty("background")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = FlowSet.BACKGROUND_HELP)
	public String background() {
		return FlowBackground.url(storedBackground);
	}

	/**
	 * 2026.2's writable {@code background}: the stored value, {@code ""} when none is
	 * set.
	 */
	@JsonIgnore
	public String backgroundValue() {
		return storedBackground == null ? "" : storedBackground;
	}

	@JsonIgnore
	public String backgroundUrl() {
		return FlowBackground.url(storedBackground);
	}

	@JsonIgnore
	public ThemedUrls backgroundThemedUrls() {
		return FlowBackground.themedUrls(storedBackground);
	}

	/** Cached plans of this flow: the service plans no flows, so none. */
	@JsonProperty("cache_count")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Get count of cached flows")
	public int cacheCount() {
		return 0;
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
	 * The 2026.2 shape ({@code @JsonIgnore(false)} lifts the record's own ignore):
	 * {@code background} is the stored value, with {@code background_url} and
	 * {@code background_themed_urls} after it.
	 */
	@JsonPropertyOrder({ "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", "background",
			"background_url", "background_themed_urls", "stages", "policies", "cache_count", "policy_engine_mode",
			"compatibility_mode", "export_url", "layout", "denied_action", "authentication" })
	public abstract static class Wire2026 {

		@JsonIgnore
		public abstract String background();

		@JsonIgnore(false)
		@JsonProperty("background")
		public abstract String backgroundValue();

		@JsonIgnore(false)
		@JsonProperty("background_url")
		public abstract String backgroundUrl();

		@JsonIgnore(false)
		@JsonProperty("background_themed_urls")
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
		public abstract ThemedUrls backgroundThemedUrls();

		@JsonIgnore
		public abstract String layout();

		@JsonIgnore(false)
		@JsonProperty("layout")
		public abstract String layoutValue();

	}

}

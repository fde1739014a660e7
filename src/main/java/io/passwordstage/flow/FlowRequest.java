package io.passwordstage.flow;

import static io.passwordstage.web.ErrorTexts.REQUIRED;
import static io.passwordstage.web.ErrorTexts.SLUG;
import static io.passwordstage.web.ErrorTexts.SLUG_2026;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.config.ApiSchema.Rules2025;
import io.passwordstage.config.ApiSchema.Rules2026;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of a flow's create, update and partial update, as authentik's FlowSerializer
 * validates it: the DRF step ({@link FlowValidator#read}) fills it from raw JSON, then
 * its constraints apply; create and update add those of {@link WholeBody}. authentik's
 * {@code PatchedFlowRequest} is this schema without required keys. {@code background} is
 * 2026.2's writable field, accepted in both lines.
 */
@Schema(name = "FlowRequest", description = "Flow Serializer",
		requiredProperties = { "designation", "name", "slug", "title" })
public record FlowRequest(
		@NotNull(message = REQUIRED,
				groups = WholeBody.class) @NonEmpty @NoNullCharacters @NoSurrogates @Schema(minLength = 1) String name,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @NonEmpty @MaxLength(value = FlowSetRequest.SLUG_MAX,
				groups = Rules2025.class) @MaxLength(value = MaxLength.INDEXABLE,
						groups = Rules2026.class) @NoNullCharacters @NoSurrogates @Pattern(
								regexp = FlowSetRequest.SLUG_PATTERN, message = SLUG,
								groups = Rules2025.class) @Pattern(regexp = FlowSetRequest.SLUG_PATTERN,
										message = SLUG_2026, groups = Rules2026.class) @Schema(minLength = 1,
												maxLength = FlowSetRequest.SLUG_MAX,
												pattern = FlowSetRequest.SLUG_PATTERN,
												description = FlowSet.SLUG_HELP) String slug,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @NonEmpty @NoNullCharacters @NoSurrogates @Schema(
				minLength = 1, description = FlowSet.TITLE_HELP) String title,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @OneOf(FlowDesignation.class) @Schema(
				implementation = FlowDesignation.class, description = FlowSet.DESIGNATION_HELP) String designation,
		@JsonProperty("policy_engine_mode") @OneOf(PolicyEngineMode.class) @Schema(
				implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("compatibility_mode") @Schema(description = FlowSet.COMPATIBILITY_HELP) Boolean compatibilityMode,
		@OneOf(FlowLayout.class) @Schema(implementation = FlowLayout.class) String layout,
		@JsonProperty("denied_action") @OneOf(DeniedAction.class) @Schema(implementation = DeniedAction.class,
				description = FlowSet.DENIED_ACTION_HELP) String deniedAction,
		@OneOf(FlowAuthentication.class) @Schema(implementation = FlowAuthentication.class,
				description = Flow.AUTHENTICATION_HELP) String authentication,
		@MaxLength(BACKGROUND_MAX) @NoNullCharacters @NoSurrogates @Schema(hidden = true) String background,
		@Schema(hidden = true) Sent sent) {

	/** The stored background's column width. */
	static final int BACKGROUND_MAX = 500;

}

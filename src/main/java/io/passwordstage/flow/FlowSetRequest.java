package io.passwordstage.flow;

import static io.passwordstage.web.ErrorTexts.REQUIRED;
import static io.passwordstage.web.ErrorTexts.SLUG;
import static io.passwordstage.web.ErrorTexts.SLUG_2026;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Rules2025;
import io.passwordstage.config.ApiSchema.Rules2026;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import io.passwordstage.web.NonEmpty;

/**
 * One item of a stage's {@code flow_set} in a write, as authentik's FlowSetSerializer
 * validates it. Fields left out are {@code null}: authentik's defaults on a new flow,
 * unchanged on a bound one, which is why name, title and designation are required only of
 * a {@link NewFlow}.
 */
@Schema(name = "FlowSetRequest", description = "Stripped down flow serializer",
		requiredProperties = { "designation", "name", "slug", "title" })
public record FlowSetRequest(
		@NotNull(message = REQUIRED,
				groups = NewFlow.class) @NonEmpty @NoNullCharacters @NoSurrogates @Schema(minLength = 1) String name,
		@NotNull(message = REQUIRED) @NonEmpty @MaxLength(value = SLUG_MAX, groups = Rules2025.class) @MaxLength(
				value = MaxLength.INDEXABLE,
				groups = Rules2026.class) @NoNullCharacters @NoSurrogates @Pattern(regexp = SLUG_PATTERN,
						message = SLUG, groups = Rules2025.class) @Pattern(regexp = SLUG_PATTERN, message = SLUG_2026,
								groups = Rules2026.class) @Schema(minLength = 1, maxLength = SLUG_MAX,
										pattern = SLUG_PATTERN, description = FlowSet.SLUG_HELP) String slug,
		@NotNull(message = REQUIRED, groups = NewFlow.class) @NonEmpty @NoNullCharacters @NoSurrogates @Schema(
				minLength = 1, description = FlowSet.TITLE_HELP) String title,
		@NotNull(message = REQUIRED, groups = NewFlow.class) @OneOf(FlowDesignation.class) @Schema(
				implementation = FlowDesignation.class, description = FlowSet.DESIGNATION_HELP) String designation,
		@JsonProperty("policy_engine_mode") @OneOf(PolicyEngineMode.class) @Schema(
				implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("compatibility_mode") @Schema(description = FlowSet.COMPATIBILITY_HELP) Boolean compatibilityMode,
		@OneOf(FlowLayout.class) @Schema(implementation = FlowLayout.class) String layout,
		@JsonProperty("denied_action") @OneOf(DeniedAction.class) @Schema(implementation = DeniedAction.class,
				description = FlowSet.DENIED_ACTION_HELP) String deniedAction) {

	static final int SLUG_MAX = 50;

	static final String SLUG_PATTERN = "^[-a-zA-Z0-9_]+$";

	static final java.util.regex.Pattern SLUG_RULE = java.util.regex.Pattern.compile(SLUG_PATTERN);

	/** Whether {@code slug} is a slug the chosen line accepts. */
	static boolean wellFormed(String slug, ApiSchema schema) {
		return slug != null && SLUG_RULE.matcher(slug).matches()
				&& slug.length() <= (schema.has(ApiSchema.Difference.SCHEMA_2026) ? MaxLength.INDEXABLE : SLUG_MAX);
	}

	/**
	 * The validation group of an item that creates a flow, rather than naming one already
	 * bound.
	 */
	public interface NewFlow {

	}

}

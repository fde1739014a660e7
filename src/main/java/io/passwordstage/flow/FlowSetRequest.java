package io.passwordstage.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One item of a stage's {@code flow_set} in a write. Fields left out are {@code null}:
 * authentik's defaults on a new flow, unchanged on a bound one.
 */
@Schema(name = "FlowSetRequest", description = "Stripped down flow serializer",
		requiredProperties = { "designation", "name", "slug", "title" })
public record FlowSetRequest(@Schema(minLength = 1) String name,
		@Schema(minLength = 1, maxLength = 50, pattern = "^[-a-zA-Z0-9_]+$",
				description = "Visible in the URL.") String slug,
		@Schema(minLength = 1, description = "Shown as the Title in Flow pages.") String title,
		@Schema(implementation = FlowDesignation.class,
				description = "Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.") String designation,
		@JsonProperty("policy_engine_mode") @Schema(implementation = PolicyEngineMode.class) String policyEngineMode,
		@JsonProperty("compatibility_mode") @Schema(
				description = "Enable compatibility mode, increases compatibility with password managers on mobile devices.") Boolean compatibilityMode,
		@Schema(implementation = FlowLayout.class) String layout,
		@JsonProperty("denied_action") @Schema(implementation = DeniedAction.class,
				description = "Configure what should happen when a flow denies access to a user.") String deniedAction) {
}

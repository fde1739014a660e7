package io.passwordstage.stage;

import static io.passwordstage.stage.PasswordStageValidator.NAME_MAX_CHARACTERS;
import static io.passwordstage.web.ErrorTexts.LIST_EMPTY;
import static io.passwordstage.web.ErrorTexts.MAX_VALUE;
import static io.passwordstage.web.ErrorTexts.MIN_VALUE;
import static io.passwordstage.web.ErrorTexts.NOT_NULL;
import static io.passwordstage.web.ErrorTexts.REQUIRED;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.flow.FlowSetInput;
import io.passwordstage.flow.FlowSetRequest;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.RelatedPk;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of create, update and partial update: each key's typed value ({@code null}
 * when absent or not coercible, see {@link #sent}), filled by DRF's first step
 * ({@link PasswordStageValidator#read}); then its constraints apply, with authentik's
 * texts: create and update add those of {@link WholeBody}. authentik's
 * {@code PatchedPasswordStageRequest} is this schema without required keys.
 */
@Schema(name = "PasswordStageRequest", description = "PasswordStage Serializer",
		requiredProperties = { "backends", "name" })
public record PasswordStageRequest(@NotNull(message = REQUIRED,
		groups = WholeBody.class) @NonEmpty @MaxLength(NAME_MAX_CHARACTERS) @NoNullCharacters @NoSurrogates @Schema(
				minLength = 1) String name,
		@JsonProperty("flow_set") @ArraySchema(
				schema = @Schema(implementation = FlowSetRequest.class)) FlowSetInput flowSet,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @NonEmpty(message = LIST_EMPTY) @ArraySchema(
				schema = @Schema(implementation = Backend.class),
				arraySchema = @Schema(description = PasswordStage.BACKENDS_HELP)) List<@NotNull(
						message = NOT_NULL) @OneOf(Backend.class) String> backends,
		@JsonProperty("configure_flow") @Schema(implementation = UUID.class, nullable = true,
				description = PasswordStage.CONFIGURE_FLOW_HELP) RelatedPk configureFlow,
		@JsonProperty("failed_attempts_before_cancel") @Min(value = Integer.MIN_VALUE, message = MIN_VALUE) @Max(
				value = Integer.MAX_VALUE, message = MAX_VALUE) @Schema(minimum = "-2147483648", maximum = "2147483647",
						description = PasswordStage.FAILED_ATTEMPTS_HELP) Long failedAttemptsBeforeCancel,
		@JsonProperty("allow_show_password") @Schema(
				description = PasswordStage.ALLOW_SHOW_PASSWORD_HELP) Boolean allowShowPassword,
		@Schema(hidden = true) Sent sent) {

	/** The flows of {@code flow_set}, once every item is valid; null when not sent. */
	List<FlowSetRequest> flows() {
		return flowSet == null ? null : flowSet.requests();
	}

	UUID configureFlowId() {
		return configureFlow == null ? null : configureFlow.id();
	}

}

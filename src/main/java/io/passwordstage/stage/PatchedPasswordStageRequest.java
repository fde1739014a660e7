package io.passwordstage.stage;

import static io.passwordstage.stage.PasswordStageValidator.NAME_MAX_CHARACTERS;
import static io.passwordstage.web.ErrorTexts.LIST_EMPTY;
import static io.passwordstage.web.ErrorTexts.MAX_VALUE;
import static io.passwordstage.web.ErrorTexts.MIN_VALUE;
import static io.passwordstage.web.ErrorTexts.NOT_NULL;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.flow.FlowSetRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.OneOf;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.passwordstage.web.NonEmpty;

/**
 * The body of a partial update: every field optional, as the service validates it: the
 * DRF step ({@link PasswordStageValidator}) fills it from raw JSON, then its constraints
 * apply, with authentik's texts.
 */
@Schema(name = "PatchedPasswordStageRequest", description = "PasswordStage Serializer")
record PatchedPasswordStageRequest(
		@NonEmpty @MaxLength(NAME_MAX_CHARACTERS) @NoNullCharacters @NoSurrogates @Schema(minLength = 1) String name,
		@JsonProperty("flow_set") List<FlowSetRequest> flowSet,
		@NonEmpty(message = LIST_EMPTY) @ArraySchema(schema = @Schema(implementation = Backend.class),
				arraySchema = @Schema(description = PasswordStage.BACKENDS_HELP)) List<@NotNull(
						message = NOT_NULL) @OneOf(Backend.class) String> backends,
		@JsonProperty("configure_flow") @Schema(nullable = true,
				description = PasswordStage.CONFIGURE_FLOW_HELP) UUID configureFlow,
		@JsonProperty("failed_attempts_before_cancel") @Min(value = Integer.MIN_VALUE, message = MIN_VALUE) @Max(
				value = Integer.MAX_VALUE, message = MAX_VALUE) @Schema(minimum = "-2147483648", maximum = "2147483647",
						description = PasswordStage.FAILED_ATTEMPTS_HELP) Long failedAttemptsBeforeCancel,
		@JsonProperty("allow_show_password") @Schema(
				description = PasswordStage.ALLOW_SHOW_PASSWORD_HELP) Boolean allowShowPassword) {
}

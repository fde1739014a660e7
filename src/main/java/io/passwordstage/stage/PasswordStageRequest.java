package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.flow.FlowSetRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of create and update. Documents the wire shape; the body itself is read by
 * {@link PasswordStageValidator}, which applies authentik's coercions and messages.
 */
@Schema(name = "PasswordStageRequest", description = "PasswordStage Serializer",
		requiredProperties = { "backends", "name" })
record PasswordStageRequest(@Schema(minLength = 1) String name, @JsonProperty("flow_set") List<FlowSetRequest> flowSet,
		@ArraySchema(schema = @Schema(implementation = Backend.class),
				arraySchema = @Schema(description = PasswordStage.BACKENDS_HELP)) List<String> backends,
		@JsonProperty("configure_flow") @Schema(nullable = true,
				description = PasswordStage.CONFIGURE_FLOW_HELP) UUID configureFlow,
		@JsonProperty("failed_attempts_before_cancel") @Schema(minimum = "-2147483648", maximum = "2147483647",
				description = PasswordStage.FAILED_ATTEMPTS_HELP) Integer failedAttemptsBeforeCancel,
		@JsonProperty("allow_show_password") @Schema(
				description = PasswordStage.ALLOW_SHOW_PASSWORD_HELP) Boolean allowShowPassword) {
}

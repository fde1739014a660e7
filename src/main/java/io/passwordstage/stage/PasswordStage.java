package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.flow.FlowSet;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.passwordstage.web.Tagged;
import io.swagger.v3.oas.annotations.media.Schema;

/** A password stage as authentik returns it: its 11 keys in authentik's order. */
@Schema(name = "PasswordStage", description = "PasswordStage Serializer",
		requiredProperties = { "backends", "component", "meta_model_name", "name", "pk", "verbose_name",
				"verbose_name_plural" })
@JsonPropertyOrder({ "pk", "name", "component", "verbose_name", "verbose_name_plural", "meta_model_name", "flow_set",
		"backends", "configure_flow", "failed_attempts_before_cancel", "allow_show_password" })
public record PasswordStage(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Stage uuid") UUID pk,
		String name,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Get object type so that we know how to edit the object") String component,
		@JsonProperty("verbose_name") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return object's verbose_name") String verboseName,
		@JsonProperty("verbose_name_plural") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return object's plural verbose_name") String verboseNamePlural,
		@JsonProperty("meta_model_name") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return internal model name") String metaModelName,
		@JsonProperty("flow_set") List<FlowSet> flowSet,
		@ArraySchema(schema = @Schema(implementation = Backend.class),
				arraySchema = @Schema(description = BACKENDS_HELP)) List<String> backends,
		@JsonProperty("configure_flow") @Schema(nullable = true, description = CONFIGURE_FLOW_HELP) UUID configureFlow,
		@JsonProperty("failed_attempts_before_cancel") @Schema(minimum = "-2147483648", maximum = "2147483647",
				description = FAILED_ATTEMPTS_HELP) int failedAttemptsBeforeCancel,
		@JsonProperty("allow_show_password") @Schema(description = ALLOW_SHOW_PASSWORD_HELP) boolean allowShowPassword)
		implements
			Tagged {

	static final String BACKENDS_HELP = "Selection of backends to test the password against.";

	static final String CONFIGURE_FLOW_HELP = "Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.";

	static final String FAILED_ATTEMPTS_HELP = "How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.";

	static final String ALLOW_SHOW_PASSWORD_HELP = "When enabled, provides a 'show password' button with the password input field.";

	static PasswordStage of(UUID pk, String name, List<FlowSet> flowSet, List<String> backends, UUID configureFlow,
			int failedAttemptsBeforeCancel, boolean allowShowPassword) {
		return new PasswordStage(pk, name, "ak-stage-password-form", "Password Stage", "Password Stages",
				"authentik_stages_password.passwordstage", flowSet, backends, configureFlow, failedAttemptsBeforeCancel,
				allowShowPassword);
	}

	/** This stage with {@code flows} as its {@code flow_set}. */
	PasswordStage withFlowSet(List<FlowSet> flows) {
		return new PasswordStage(pk, name, component, verboseName, verboseNamePlural, metaModelName, flows, backends,
				configureFlow, failedAttemptsBeforeCancel, allowShowPassword);
	}

}

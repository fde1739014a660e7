package io.passwordstage.flow;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Tagged;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stage of any kind as authentik's StageSerializer returns it (in {@code /stages/all/}
 * and as a binding's {@code stage_obj}): its 7 keys, filled from the stage's own kind.
 */
@Schema(name = "Stage", description = "Stage Serializer",
		requiredProperties = { "component", "meta_model_name", "name", "pk", "verbose_name", "verbose_name_plural" })
@JsonPropertyOrder({ "pk", "name", "component", "verbose_name", "verbose_name_plural", "meta_model_name", "flow_set" })
public record Stage(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Stage uuid") UUID pk, String name,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Get object type so that we know how to edit the object") String component,
		@JsonProperty("verbose_name") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return object's verbose_name") String verboseName,
		@JsonProperty("verbose_name_plural") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return object's plural verbose_name") String verboseNamePlural,
		@JsonProperty("meta_model_name") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Return internal model name") String metaModelName,
		@JsonProperty("flow_set") List<FlowSet> flowSet) implements Tagged {

	/** A password stage's entry. */
	public static Stage password(UUID pk, String name, List<FlowSet> flowSet) {
		return new Stage(pk, name, PASSWORD_COMPONENT, "Password Stage", "Password Stages",
				"authentik_stages_password.passwordstage", flowSet);
	}

	/** The form authentik's admin UI opens to edit a password stage. */
	public static final String PASSWORD_COMPONENT = "ak-stage-password-form";

}

package io.passwordstage.allstages;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.flow.Stage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A kind of stage that can be created, as authentik's {@code types} action lists it; the
 * keys are 2025.8's, and {@link Wire2026} adds 2026.2's {@code deprecated}.
 */
@Schema(name = "TypeCreate", description = "Types of an object that can be created",
		requiredProperties = { "component", "description", "model_name", "name" })
@JsonPropertyOrder({ "name", "description", "component", "model_name", "icon_url", "requires_enterprise" })
public record TypeCreate(String name, String description, String component,
		@JsonProperty("model_name") String modelName, @JsonProperty("icon_url") String iconUrl,
		@JsonProperty("requires_enterprise") @Schema(defaultValue = "false") boolean requiresEnterprise) {

	/**
	 * The kinds this service stores: the password stage only, so that authentik's stage
	 * wizard offers no form whose API is missing.
	 */
	static final List<TypeCreate> ALL = List.of(new TypeCreate("Password Stage",
			"Prompts the user for their password, and validates it against the configured backends.",
			Stage.PASSWORD_COMPONENT, "passwordstage", null, false));

	/** 2026.2's {@code deprecated}: no kind served here is. */
	@JsonIgnore
	@Schema(hidden = true)
	public boolean deprecated() {
		return false;
	}

	/** The 2026.2 shape: {@code deprecated} after {@code requires_enterprise}. */
	@JsonPropertyOrder({ "name", "description", "component", "model_name", "icon_url", "requires_enterprise",
			"deprecated" })
	public abstract static class Wire2026 {

		@JsonIgnore(false)
		@JsonProperty("deprecated")
		public abstract boolean deprecated();

	}

}

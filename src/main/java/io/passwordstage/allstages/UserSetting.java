package io.passwordstage.allstages;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stage the user can configure, as authentik's {@code user_settings} action returns it:
 * the keys of the stage's settings, then {@code object_uid} and {@code configure_url}
 * ({@code icon_url} only when a stage has one; password stages have none).
 */
@Schema(name = "UserSetting", description = "Serializer for User settings for stages and sources",
		requiredProperties = { "component", "object_uid", "title" })
@JsonPropertyOrder({ "title", "component", "object_uid", "configure_url", "icon_url" })
record UserSetting(String title, String component, @JsonProperty("object_uid") String objectUid,
		@JsonProperty("configure_url") String configureUrl,
		@JsonProperty("icon_url") @JsonInclude(JsonInclude.Include.NON_NULL) String iconUrl) {

	/**
	 * A password stage with a configure flow: configured in authentik's flow executor.
	 */
	static UserSetting password(UUID stage) {
		return new UserSetting("Password Stage", "ak-user-settings-password", stage.toString(),
				"/flows/-/configure/" + stage + "/", null);
	}

}

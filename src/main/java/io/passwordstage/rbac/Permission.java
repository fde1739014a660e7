package io.passwordstage.rbac;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.auth.ApiPermission;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A permission this service knows, as authentik's {@code PermissionSerializer} shows it.
 */
@Schema(name = "Permission", description = "Global permission",
		requiredProperties = { "id", "name", "codename", "model", "app_label", "app_label_verbose", "model_verbose" })
record Permission(@Schema(accessMode = Schema.AccessMode.READ_ONLY) int id, @Schema(maxLength = 255) String name,
		@Schema(maxLength = 100) String codename,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Python model class name") String model,
		@JsonProperty("app_label") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String appLabel,
		@JsonProperty("app_label_verbose") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Human-readable app label") String appLabelVerbose,
		@JsonProperty("model_verbose") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Human-readable model name") String modelVerbose) {

	/** The id the API gives a permission: its position in the catalogue, from 1. */
	static int idOf(ApiPermission permission) {
		return permission.ordinal() + 1;
	}

	static Permission of(ApiPermission permission) {
		return new Permission(idOf(permission), permission.title(), permission.codename(), permission.model().model(),
				permission.model().app(), permission.model().appVerboseName(), permission.model().verboseName());
	}

}

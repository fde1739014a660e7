package io.passwordstage.rbac;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role's permission on one object with what describes it, as authentik's
 * {@code ExtraRoleObjectPermissionSerializer} shows it (2025.8's texts in the document).
 */
@Schema(name = "ExtraRoleObjectPermission", description = "User permission with additional object-related data",
		requiredProperties = { "id", "codename", "model", "app_label", "object_pk", "name", "app_label_verbose",
				"model_verbose", "object_description" })
record ExtraRolePermission(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String codename,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Python model class name") String model,
		@JsonProperty("app_label") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String appLabel,
		@JsonProperty("object_pk") String objectPk, @Schema(accessMode = Schema.AccessMode.READ_ONLY) String name,
		@JsonProperty("app_label_verbose") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Get app label from permission's model") String appLabelVerbose,
		@JsonProperty("model_verbose") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Get model label from permission's model") String modelVerbose,
		@JsonProperty("object_description") @Schema(accessMode = Schema.AccessMode.READ_ONLY, nullable = true,
				description = OBJECT_DESCRIPTION) String objectDescription) {

	static final String OBJECT_DESCRIPTION = "Get model description from attached model. This operation takes at least\n"
			+ "one additional query, and the description is only shown if the user/role has the\n"
			+ "view_ permission on the object";

	static ExtraRolePermission of(SingleObjectPermissions.Shown shown) {
		Assignment assignment = shown.assignment();
		return new ExtraRolePermission(assignment.id(), assignment.codename(), assignment.model(),
				assignment.appLabel(), assignment.objectPk(), assignment.name(), assignment.appLabelVerbose(),
				assignment.modelVerbose(), shown.description());
	}

}

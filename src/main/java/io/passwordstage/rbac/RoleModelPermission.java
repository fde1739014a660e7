package io.passwordstage.rbac;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A permission a role holds on every object of its model (2026's name for it). */
@Schema(name = "RoleModelPermission", description = "Role-bound object level permission",
		requiredProperties = { "id", "codename", "model", "app_label", "name" })
record RoleModelPermission(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String codename,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Python model class name") String model,
		@JsonProperty("app_label") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String appLabel,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String name) {

	static RoleModelPermission of(Assignment assignment) {
		return new RoleModelPermission(assignment.id(), assignment.codename(), assignment.model(),
				assignment.appLabel(), assignment.name());
	}

}

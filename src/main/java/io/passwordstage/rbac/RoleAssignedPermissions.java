package io.passwordstage.rbac;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role holding permissions of the listed model, as 2026's lines show it: its object
 * permissions and its global ("model") permissions.
 */
@Schema(name = "RoleAssignedObjectPermission", description = "Roles assigned object permission serializer",
		requiredProperties = { "role_pk", "name", "object_permissions", "model_permissions" })
record RoleAssignedPermissions(@JsonProperty("role_pk") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String rolePk,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String name,
		@JsonProperty("object_permissions") List<RoleObjectPermission> objectPermissions,
		@JsonProperty("model_permissions") List<RoleModelPermission> modelPermissions) {

	/** 2025.8's shape: the role's object permissions only. */
	@Schema(name = "RoleAssignedObjectPermission", description = "Roles assigned object permission serializer",
			requiredProperties = { "role_pk", "name", "permissions" })
	record Of2025(@JsonProperty("role_pk") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String rolePk,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) String name, List<RoleObjectPermission> permissions) {

	}

}

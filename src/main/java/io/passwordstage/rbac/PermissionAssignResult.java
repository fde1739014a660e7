package io.passwordstage.rbac;

import io.swagger.v3.oas.annotations.media.Schema;

/** One assigned permission's id, as {@code assign} answers it. */
@Schema(name = "PermissionAssignResult", description = "Result from assigning permissions to a user/role",
		requiredProperties = "id")
record PermissionAssignResult(String id) {
}

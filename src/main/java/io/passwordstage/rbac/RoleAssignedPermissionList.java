package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of roles with assigned permissions, in authentik's list envelope. */
@Schema(name = "PaginatedRoleAssignedObjectPermissionList",
		requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record RoleAssignedPermissionList(Pagination pagination, List<RoleAssignedPermissions> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {

	/** 2025.8's page. */
	@Schema(name = "PaginatedRoleAssignedObjectPermissionList",
			requiredProperties = { "pagination", "results", "autocomplete" })
	@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
	record Of2025(Pagination pagination, List<RoleAssignedPermissions.Of2025> results,
			@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {

	}

}

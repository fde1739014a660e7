package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of users with assigned permissions, in authentik's list envelope. */
@Schema(name = "PaginatedUserAssignedObjectPermissionList",
		requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record UserAssignedPermissionList(Pagination pagination, List<UserAssignedPermissions> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

package io.passwordstage.rbac;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of users' object permissions (2025.8). */
@Schema(name = "PaginatedExtraUserObjectPermissionList", requiredProperties = { "pagination", "results" })
@JsonPropertyOrder({ "pagination", "results" })
record ExtraUserPermissionList(Pagination pagination, List<ExtraUserPermission> results) {
}

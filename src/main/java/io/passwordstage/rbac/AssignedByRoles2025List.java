package io.passwordstage.rbac;

import java.util.Map;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 2025.8's {@code GET /api/v3/rbac/permissions/assigned_by_roles/}: each role with its
 * object permissions only ({@code permissions}).
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/assigned_by_roles/")
@Tag(name = "rbac")
@ServedIn(Difference.USER_PERMISSIONS)
@ViewSet(operations = "rbac_permissions_assigned_by_roles",
		description = "Get assigned object permissions for a single object")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class AssignedByRoles2025List {

	private final AssignedPermissionViews views;

	private final PermissionCheck access;

	AssignedByRoles2025List(AssignedPermissionViews views, PermissionCheck access) {
		this.views = views;
		this.access = access;
	}

	@GetMapping
	@RbacApi.Assigned
	@Requires(scope = Scope.LIST, value = RoleController.VIEW)
	RoleAssignedPermissionList.Of2025 list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.roles2025(params, access.current().only(RoleController.VIEW));
	}

}

package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
import io.passwordstage.web.Body;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's {@code /api/v3/rbac/permissions/assigned_by_roles/}: which roles hold
 * permissions of a model or on an object (2026's shape; {@link AssignedByRoles2025List}
 * has 2025.8's), and assigning and unassigning a role's permissions, with the assign and
 * unassign permissions on the role.
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/assigned_by_roles/")
@Tag(name = "rbac")
@ViewSet(operations = "rbac_permissions_assigned_by_roles",
		description = "Get assigned object permissions for a single object")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class AssignedByRolesController {

	static final String ASSIGN = "authentik_rbac.assign_role_permissions";

	static final String UNASSIGN = "authentik_rbac.unassign_role_permissions";

	static final String ROLE = "A UUID string identifying this Role.";

	private static final String ASSIGNS = "Assign permission(s) to role. When `object_pk` is set, the permissions\n"
			+ "are only assigned to the specific object, otherwise they are assigned globally.";

	private static final String UNASSIGNS = "Unassign permission(s) to role. When `object_pk` is set, the permissions\n"
			+ "are only assigned to the specific object, otherwise they are assigned globally.";

	private final AssignedPermissionViews views;

	private final Assignments assignments;

	private final PermissionCheck access;

	AssignedByRolesController(AssignedPermissionViews views, Assignments assignments, PermissionCheck access) {
		this.views = views;
		this.assignments = assignments;
		this.access = access;
	}

	@GetMapping
	@ServedIn(Difference.ROLE_MEMBERS)
	@RbacApi.Assigned
	@Requires(scope = Scope.LIST, value = RoleController.VIEW)
	RoleAssignedPermissionList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.roles(params, access.current().only(RoleController.VIEW));
	}

	@PostMapping("{uuid}/assign/")
	@Operation(operationId = "rbac_permissions_assigned_by_roles_assign", description = ASSIGNS,
			requestBody = @RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = PermissionAssignRequest.class))),
			responses = @ApiResponse(responseCode = "200",
					content = @Content(
							array = @ArraySchema(schema = @Schema(implementation = PermissionAssignResult.class)))))
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = ASSIGN)
	List<PermissionAssignResult> assign(
			@Parameter(description = ROLE, schema = @Schema(format = "uuid")) @PathVariable("uuid") String uuid,
			Body<PermissionAssignRequest> body) {
		return assignments.assign(Holder.role(uuid), body);
	}

	@PatchMapping("{uuid}/unassign/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "rbac_permissions_assigned_by_roles_unassign_partial_update", description = UNASSIGNS,
			requestBody = @RequestBody(
					content = @Content(schema = @Schema(ref = "#/components/schemas/PatchedPermissionAssignRequest"))),
			responses = @ApiResponse(responseCode = "204", description = "Successfully unassigned"))
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = UNASSIGN)
	void unassign(@Parameter(description = ROLE, schema = @Schema(format = "uuid")) @PathVariable("uuid") String uuid,
			Body<PermissionAssignRequest> body) {
		assignments.unassign(Holder.role(uuid), body);
	}

}

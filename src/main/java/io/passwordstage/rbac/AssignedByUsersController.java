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
 * 2025.8's {@code /api/v3/rbac/permissions/assigned_by_users/}: users hold permissions
 * directly on that line. Which users hold permissions of a model or on an object, and
 * assigning and unassigning a user's permissions, with the assign and unassign
 * permissions on the user.
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/assigned_by_users/")
@Tag(name = "rbac")
@ServedIn(Difference.USER_PERMISSIONS)
@ViewSet(operations = "rbac_permissions_assigned_by_users",
		description = "Get assigned object permissions for a single object")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class AssignedByUsersController {

	static final String VIEW = "authentik_core.view_user";

	static final String ASSIGN = "authentik_core.assign_user_permissions";

	static final String UNASSIGN = "authentik_core.unassign_user_permissions";

	static final String USER = "A unique integer value identifying this User.";

	private final UserAssignedPermissionViews views;

	private final Assignments assignments;

	private final PermissionCheck access;

	AssignedByUsersController(UserAssignedPermissionViews views, Assignments assignments, PermissionCheck access) {
		this.views = views;
		this.assignments = assignments;
		this.access = access;
	}

	@GetMapping
	@RbacApi.Assigned
	@Requires(scope = Scope.LIST, value = VIEW)
	UserAssignedPermissionList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.users2025(params, access.current().only(VIEW));
	}

	@PostMapping("{id}/assign/")
	@Operation(operationId = "rbac_permissions_assigned_by_users_assign", description = "Assign permission(s) to user",
			requestBody = @RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = PermissionAssignRequest.class))),
			responses = @ApiResponse(responseCode = "200",
					content = @Content(
							array = @ArraySchema(schema = @Schema(implementation = PermissionAssignResult.class)))))
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = ASSIGN)
	List<PermissionAssignResult> assign(
			@Parameter(description = USER, schema = @Schema(type = "integer")) @PathVariable("id") String id,
			Body<PermissionAssignRequest> body) {
		return assignments.assign(Holder.user(id), body);
	}

	@PatchMapping("{id}/unassign/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "rbac_permissions_assigned_by_users_unassign_partial_update",
			description = "Unassign permission(s) to user. When `object_pk` is set, the permissions\n"
					+ "are only assigned to the specific object, otherwise they are assigned globally.",
			requestBody = @RequestBody(
					content = @Content(schema = @Schema(ref = "#/components/schemas/PatchedPermissionAssignRequest"))),
			responses = @ApiResponse(responseCode = "204", description = "Successfully unassigned"))
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = UNASSIGN)
	void unassign(@Parameter(description = USER, schema = @Schema(type = "integer")) @PathVariable("id") String id,
			Body<PermissionAssignRequest> body) {
		assignments.unassign(Holder.user(id), body);
	}

}

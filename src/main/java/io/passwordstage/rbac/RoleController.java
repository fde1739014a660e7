package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.auth.UserRole;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
import io.passwordstage.event.Caller;
import io.passwordstage.web.UsedBy;
import io.passwordstage.web.Body;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** authentik's role viewset at {@code /api/v3/rbac/roles/}. */
@RestController
@RequestMapping("/api/v3/rbac/roles/")
@Tag(name = "rbac")
@ViewSet(operations = "rbac_roles", description = "Role viewset", lookup = AssignedByRolesController.ROLE)
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class RoleController {

	static final String VIEW = "authentik_rbac.view_role";

	static final String ADD = "authentik_rbac.add_role";

	static final String CHANGE = "authentik_rbac.change_role";

	static final String DELETE = "authentik_rbac.delete_role";

	private final Roles roles;

	private final RoleViews views;

	private final PermissionCheck access;

	RoleController(Roles roles, RoleViews views, PermissionCheck access) {
		this.roles = roles;
		this.views = views;
		this.access = access;
	}

	@GetMapping
	@RbacApi.Roles
	@Requires(scope = Scope.LIST, value = VIEW)
	RoleList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.list(params, access.current().only(VIEW));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Scope.COLLECTION, value = ADD)
	UserRole create(Body<RoleRequest> body, Caller caller) {
		return roles.create(body, caller);
	}

	@GetMapping("{uuid}/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	UserRole retrieve(@PathVariable("uuid") String uuid) {
		return roles.get(uuid);
	}

	@PutMapping("{uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	UserRole update(@PathVariable("uuid") String uuid, Body<RoleRequest> body, Caller caller) {
		return roles.update(uuid, body, false, caller);
	}

	@PatchMapping("{uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	UserRole partialUpdate(@PathVariable("uuid") String uuid, Body<RoleRequest> body, Caller caller) {
		return roles.update(uuid, body, true, caller);
	}

	@DeleteMapping("{uuid}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable("uuid") String uuid, Caller caller) {
		roles.delete(uuid, caller);
	}

	/** Nothing refers to a role but its members and assignments, which go with it. */
	@GetMapping("{uuid}/used_by/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable("uuid") String uuid) {
		roles.get(uuid);
		return List.of();
	}

	/**
	 * authentik's {@code permission_required}: {@code change_role} globally or on the
	 * role, and no view permission.
	 */
	@PostMapping("{uuid}/add_user/")
	@ServedIn(Difference.ROLE_MEMBERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "rbac_roles_add_user_create", description = "Add user to role",
			requestBody = @RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UserAccountRequest.class))),
			responses = { @ApiResponse(responseCode = "204", description = "User added"),
					@ApiResponse(responseCode = "404", description = "User not found") })
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = CHANGE)
	void addUser(
			@Parameter(description = AssignedByRolesController.ROLE,
					schema = @Schema(format = "uuid")) @PathVariable("uuid") String uuid,
			Body<UserAccountRequest> body) {
		roles.addUser(uuid, body, access.current());
	}

	@PostMapping("{uuid}/remove_user/")
	@ServedIn(Difference.ROLE_MEMBERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "rbac_roles_remove_user_create", description = "Remove user from role",
			requestBody = @RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = UserAccountRequest.class))),
			responses = { @ApiResponse(responseCode = "204", description = "User removed"),
					@ApiResponse(responseCode = "404", description = "User not found") })
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = CHANGE)
	void removeUser(
			@Parameter(description = AssignedByRolesController.ROLE,
					schema = @Schema(format = "uuid")) @PathVariable("uuid") String uuid,
			Body<UserAccountRequest> body) {
		roles.removeUser(uuid, body, access.current());
	}

}

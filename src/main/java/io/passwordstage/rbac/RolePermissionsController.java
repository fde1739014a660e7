package io.passwordstage.rbac;

import java.util.Map;

import static io.passwordstage.rbac.ObjectPermissionHolders.ROLES;

import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
import io.passwordstage.web.Body;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's {@code /api/v3/rbac/permissions/roles/}: roles' object permissions one by
 * one; on 2025.8 also read, moved and removed by id. authentik guards them with
 * guardian's own permissions, which no role can be given: superusers only.
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/roles/")
@Tag(name = "rbac")
@ViewSet(operations = "rbac_permissions_roles", description = "Get a role's assigned object permissions",
		lookup = "A unique integer value identifying this group object permission.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class RolePermissionsController {

	static final String VIEW = "guardian.view_groupobjectpermission";

	static final String CHANGE = "guardian.change_groupobjectpermission";

	static final String DELETE = "guardian.delete_groupobjectpermission";

	private final SingleObjectPermissions permissions;

	RolePermissionsController(SingleObjectPermissions permissions) {
		this.permissions = permissions;
	}

	@GetMapping
	@RbacApi.RolePermissions
	@Requires(scope = Scope.LIST, value = VIEW)
	ExtraRolePermissionList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		SingleObjectPermissions.Page page = permissions.list(ROLES, params);
		return new ExtraRolePermissionList(page.window().pagination(),
				page.results().stream().map(ExtraRolePermission::of).toList(), Map.of());
	}

	@GetMapping("{id}/")
	@ServedIn(Difference.USER_PERMISSIONS)
	@Requires(scope = Scope.COLLECTION, value = VIEW)
	ExtraRolePermission retrieve(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id) {
		return ExtraRolePermission.of(permissions.get(ROLES, id));
	}

	@PutMapping("{id}/")
	@ServedIn(Difference.USER_PERMISSIONS)
	@Requires(scope = Scope.COLLECTION, value = { VIEW, CHANGE })
	ExtraRolePermission update(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id,
			Body<ObjectPermissionRequest> body) {
		return ExtraRolePermission.of(permissions.update(ROLES, id, body, false));
	}

	@PatchMapping("{id}/")
	@ServedIn(Difference.USER_PERMISSIONS)
	@Requires(scope = Scope.COLLECTION, value = { VIEW, CHANGE })
	ExtraRolePermission partialUpdate(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id,
			Body<ObjectPermissionRequest> body) {
		return ExtraRolePermission.of(permissions.update(ROLES, id, body, true));
	}

	@DeleteMapping("{id}/")
	@ServedIn(Difference.USER_PERMISSIONS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.COLLECTION, value = { VIEW, DELETE })
	void destroy(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id) {
		permissions.delete(ROLES, id);
	}

}

package io.passwordstage.rbac;

import java.util.Map;

import static io.passwordstage.rbac.ObjectPermissionHolders.USERS;

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
 * 2025.8's {@code /api/v3/rbac/permissions/users/}: users' object permissions one by one,
 * read, moved and removed by id. authentik guards them with guardian's own permissions,
 * which no one can be given: superusers only.
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/users/")
@Tag(name = "rbac")
@ServedIn(Difference.USER_PERMISSIONS)
@ViewSet(operations = "rbac_permissions_users", description = "Get a users's assigned object permissions",
		lookup = "A unique integer value identifying this user object permission.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class UserPermissionsController {

	static final String VIEW = "guardian.view_userobjectpermission";

	static final String CHANGE = "guardian.change_userobjectpermission";

	static final String DELETE = "guardian.delete_userobjectpermission";

	private final SingleObjectPermissions permissions;

	UserPermissionsController(SingleObjectPermissions permissions) {
		this.permissions = permissions;
	}

	@GetMapping
	@RbacApi.UserPermissions
	@Requires(scope = Scope.LIST, value = VIEW)
	ExtraUserPermissionList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		SingleObjectPermissions.Page page = permissions.list(USERS, params);
		return new ExtraUserPermissionList(page.window().pagination(),
				page.results().stream().map(ExtraUserPermission::of).toList());
	}

	@GetMapping("{id}/")
	@Requires(scope = Scope.COLLECTION, value = VIEW)
	ExtraUserPermission retrieve(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id) {
		return ExtraUserPermission.of(permissions.get(USERS, id));
	}

	@PutMapping("{id}/")
	@Requires(scope = Scope.COLLECTION, value = { VIEW, CHANGE })
	ExtraUserPermission update(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id,
			Body<UserObjectPermissionRequest> body) {
		return ExtraUserPermission.of(permissions.update(USERS, id, body, false));
	}

	@PatchMapping("{id}/")
	@Requires(scope = Scope.COLLECTION, value = { VIEW, CHANGE })
	ExtraUserPermission partialUpdate(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id,
			Body<UserObjectPermissionRequest> body) {
		return ExtraUserPermission.of(permissions.update(USERS, id, body, true));
	}

	@DeleteMapping("{id}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.COLLECTION, value = { VIEW, DELETE })
	void destroy(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id) {
		permissions.delete(USERS, id);
	}

}

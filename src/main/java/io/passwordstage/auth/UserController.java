package io.passwordstage.auth;

import java.util.List;

import io.passwordstage.web.UsedBy;
import io.passwordstage.web.Body;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
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

/**
 * authentik's user viewset at {@code /api/v3/core/users/}, for the users tokens belong
 * to: service accounts, the caller ({@code me}), and the user permissions.
 */
@RestController
@RequestMapping("/api/v3/core/users/")
@Tag(name = "core")
@SecurityRequirement(name = "authentik")
@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403", content = @Content(schema = @Schema(implementation = GenericError.class)))
class UserController {

	static final String VIEW = "authentik_core.view_user";

	static final String ADD = "authentik_core.add_user";

	static final String CHANGE = "authentik_core.change_user";

	static final String DELETE = "authentik_core.delete_user";

	private final Users users;

	private final PermissionCheck access;

	UserController(Users users, PermissionCheck access) {
		this.users = users;
		this.access = access;
	}

	@GetMapping
	@Operation(operationId = "core_users_list", description = "User Viewset")
	@Requires(scope = Requires.Scope.LIST, value = VIEW)
	UserList list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return users.list(params, access.current());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "core_users_create", description = "User Viewset")
	@Requires(scope = Requires.Scope.COLLECTION, value = ADD)
	User create(Body<UserRequest> body) {
		return users.create(body, access.current());
	}

	@GetMapping("{id}/")
	@Operation(operationId = "core_users_retrieve", description = "User Viewset")
	@Requires(scope = Requires.Scope.OBJECT, value = VIEW)
	User retrieve(@PathVariable String id) {
		return users.get(id);
	}

	@PutMapping("{id}/")
	@Operation(operationId = "core_users_update", description = "User Viewset")
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, CHANGE })
	User update(@PathVariable String id, Body<UserRequest> body) {
		return users.update(id, body, false, access.current());
	}

	@PatchMapping("{id}/")
	@Operation(operationId = "core_users_partial_update", description = "User Viewset")
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, CHANGE })
	User partialUpdate(@PathVariable String id, Body<UserRequest> body) {
		return users.update(id, body, true, access.current());
	}

	@DeleteMapping("{id}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "core_users_destroy", description = "User Viewset")
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable String id) {
		users.delete(id, access.current());
	}

	@GetMapping("{id}/used_by/")
	@Operation(operationId = "core_users_used_by_list", description = "Get a list of all objects that use this object")
	@Requires(scope = Requires.Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable String id) {
		return users.usedBy(id);
	}

	@GetMapping("me/")
	@Operation(operationId = "core_users_me_retrieve", description = "Get information about current user")
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	UserSelf.SessionUser me() {
		return users.me(access.current());
	}

	@PostMapping("service_account/")
	@Operation(operationId = "core_users_service_account_create",
			description = "Create a new user account that is marked as a service account")
	@Requires(scope = Requires.Scope.COLLECTION, value = { ADD, "authentik_core.add_token" })
	ServiceAccount.Response serviceAccount(Body<ServiceAccount.Request> body) {
		return users.createServiceAccount(body);
	}

}

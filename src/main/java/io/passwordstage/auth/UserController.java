package io.passwordstage.auth;

import java.util.List;

import io.passwordstage.web.UsedBy;
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
@ViewSet(operations = "core_users", description = "User Viewset",
		lookup = "A unique integer value identifying this User.", deviceAuthentication = true)
@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403", content = @Content(schema = @Schema(implementation = GenericError.class)))
class UserController {

	static final String VIEW = "authentik_core.view_user";

	static final String ADD = "authentik_core.add_user";

	static final String CHANGE = "authentik_core.change_user";

	static final String DELETE = "authentik_core.delete_user";

	private final Users users;

	private final UserViews views;

	private final ServiceAccounts serviceAccounts;

	private final PermissionCheck access;

	UserController(Users users, UserViews views, ServiceAccounts serviceAccounts, PermissionCheck access) {
		this.views = views;
		this.serviceAccounts = serviceAccounts;
		this.users = users;
		this.access = access;
	}

	@GetMapping
	@UserApi.List
	@Requires(scope = Requires.Scope.LIST, value = VIEW)
	UserList list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return views.list(params, access.current());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Requires.Scope.COLLECTION, value = ADD)
	User create(Body<UserRequest> body) {
		return users.create(body, access.current());
	}

	@GetMapping("{id}/")
	@Requires(scope = Requires.Scope.OBJECT, value = VIEW)
	User retrieve(@PathVariable @Parameter(schema = @Schema(type = "integer")) String id) {
		return views.get(id);
	}

	@PutMapping("{id}/")
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, CHANGE })
	User update(@PathVariable @Parameter(schema = @Schema(type = "integer")) String id, Body<UserRequest> body) {
		return users.update(id, body, false, access.current());
	}

	@PatchMapping("{id}/")
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, CHANGE })
	User partialUpdate(@PathVariable @Parameter(schema = @Schema(type = "integer")) String id, Body<UserRequest> body) {
		return users.update(id, body, true, access.current());
	}

	@DeleteMapping("{id}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Requires.Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable @Parameter(schema = @Schema(type = "integer")) String id) {
		users.delete(id, access.current());
	}

	@GetMapping("{id}/used_by/")
	@Requires(scope = Requires.Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable @Parameter(schema = @Schema(type = "integer")) String id) {
		return views.usedBy(id);
	}

	@GetMapping("me/")
	@UserApi.Me
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	UserSelf.SessionUser me() {
		return views.me(access.current());
	}

	@PostMapping("service_account/")
	@UserApi.ServiceAccount
	@Requires(scope = Requires.Scope.COLLECTION, value = { ADD, "authentik_core.add_token" })
	ServiceAccount.Response serviceAccount(Body<ServiceAccount.Request> body) {
		return serviceAccounts.create(body);
	}

}

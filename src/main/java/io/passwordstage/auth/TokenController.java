package io.passwordstage.auth;

import java.util.List;
import java.util.Map;

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
 * authentik's token viewset at {@code /api/v3/core/tokens/}. Every authenticated caller
 * may use it: it manages its own tokens, and others' with the token permissions
 * ({@link ApiTokens}).
 */
@RestController
@RequestMapping("/api/v3/core/tokens/")
@Tag(name = "core")
@ViewSet(operations = "core_tokens", description = "Token Viewset", slug = true)
@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403", content = @Content(schema = @Schema(implementation = GenericError.class)))
class TokenController {

	private final ApiTokens tokens;

	private final TokenViews views;

	private final TokenSecrets secrets;

	private final PermissionCheck access;

	TokenController(ApiTokens tokens, TokenViews views, TokenSecrets secrets, PermissionCheck access) {
		this.views = views;
		this.secrets = secrets;
		this.tokens = tokens;
		this.access = access;
	}

	@GetMapping
	@TokenApi.List
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	TokenList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.list(params, access.current());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	Token create(Body<TokenRequest> body) {
		return tokens.create(body, access.current());
	}

	@GetMapping("{identifier}/")
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	Token retrieve(@PathVariable String identifier) {
		return views.get(identifier, access.current());
	}

	@PutMapping("{identifier}/")
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	Token update(@PathVariable String identifier, Body<TokenRequest> body) {
		return tokens.update(identifier, body, false, access.current());
	}

	@PatchMapping("{identifier}/")
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	Token partialUpdate(@PathVariable String identifier, Body<TokenRequest> body) {
		return tokens.update(identifier, body, true, access.current());
	}

	@DeleteMapping("{identifier}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	void destroy(@PathVariable String identifier) {
		tokens.revoke(identifier, access.current());
	}

	@PostMapping("{identifier}/set_key/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@TokenApi.SetKey
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	void setKey(@PathVariable String identifier, Body<TokenSetKeyRequest> body) {
		secrets.setKey(identifier, body, access.current());
	}

	@GetMapping("{identifier}/view_key/")
	@TokenApi.ViewKey
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	void viewKey(@PathVariable String identifier) {
		secrets.viewKey(identifier, access.current());
	}

	@GetMapping("{identifier}/used_by/")
	@Requires(scope = Requires.Scope.AUTHENTICATED)
	List<UsedBy> usedBy(@PathVariable String identifier) {
		views.get(identifier, access.current());
		return List.of();
	}

}

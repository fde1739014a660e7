package io.passwordstage.auth;

import java.util.Map;

import io.passwordstage.web.GenericError;
import io.passwordstage.web.Body;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token management at authentik's {@code /api/v3/core/tokens/}; superuser tokens only.
 */
@RestController
@RequestMapping("/api/v3/core/tokens/")
@Tag(name = "core")
@SecurityRequirement(name = "authentik")
@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403", content = @Content(schema = @Schema(implementation = GenericError.class)))
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(operationId = "core_tokens_list", description = "Token Viewset")
	@Requires(scope = Requires.Scope.SUPERUSER)
	TokenList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return tokens.list(params);
	}

	@PostMapping
	@Operation(operationId = "core_tokens_create", description = "Mint a token; its key is in this response only",
			requestBody = @RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = TokenRequest.class))))
	@ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Token.class)))
	@Requires(scope = Requires.Scope.SUPERUSER)
	ResponseEntity<Token> create(Body<TokenRequest> body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(body));
	}

	@GetMapping("{identifier}/")
	@Operation(operationId = "core_tokens_retrieve", description = "Token Viewset")
	@Requires(scope = Requires.Scope.SUPERUSER_OBJECT)
	Token retrieve(@PathVariable String identifier) {
		return tokens.get(identifier);
	}

	@DeleteMapping("{identifier}/")
	@Operation(operationId = "core_tokens_destroy", description = "Revoke a token")
	@ApiResponse(responseCode = "204", description = "No response body")
	@Requires(scope = Requires.Scope.SUPERUSER_OBJECT)
	ResponseEntity<Void> revoke(@PathVariable String identifier) {
		tokens.revoke(identifier);
		return ResponseEntity.noContent().build();
	}

}

package io.passwordstage.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The OpenAPI description of the token list's filters and of the token viewset's extra
 * actions, as in authentik's schema; the rest of each route's description follows from
 * {@code @ViewSet} on {@link TokenController}.
 */
final class TokenApi {

	private static final String NOT_FOUND = "Token not found or expired";

	private TokenApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(
			parameters = { @Parameter(in = ParameterIn.QUERY, name = "description", schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "expires",
							schema = @Schema(type = "string", format = "date-time")),
					@Parameter(in = ParameterIn.QUERY, name = "expiring", schema = @Schema(type = "boolean")),
					@Parameter(in = ParameterIn.QUERY, name = "identifier", schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "intent",
							schema = @Schema(type = "string",
									allowableValues = { "api", "app_password", "recovery", "verification" })),
					@Parameter(in = ParameterIn.QUERY, name = "managed", schema = @Schema(type = "string")),
					@Parameter(in = ParameterIn.QUERY, name = "user__username", schema = @Schema(type = "string")) })
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "core_tokens_set_key_create",
			description = "Set token key. Action is logged as event. `authentik_core.set_token_key` permission\nis required.")
	@ApiResponse(responseCode = "204", description = "Successfully changed key")
	@ApiResponse(responseCode = "400", description = "Missing key", content = @Content)
	@ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
	@interface SetKey {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "core_tokens_view_key_retrieve", description = "Return token key and log access")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = View.class)))
	@ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
	@interface ViewKey {

	}

	/**
	 * authentik's answer to {@code view_key}, which this service never gives: it keeps
	 * only a digest of each key.
	 */
	@Schema(name = "TokenView", description = "Show token's current key", requiredProperties = "key")
	record View(@Schema(accessMode = Schema.AccessMode.READ_ONLY) String key) {

	}

}

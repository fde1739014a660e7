package io.passwordstage.flow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * The OpenAPI description of the flow viewset's extra actions (cache, background URL), as
 * in authentik's schema.
 */
final class FlowActionApi {

	private static final String JSON = "application/json";

	private FlowActionApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_set_background_url_create", description = "Set Flow background (as URL)",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = FlowSet.SLUG_HELP)),
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON, schema = @Schema(implementation = FilePathRequest.class))))
	@ApiResponse(responseCode = "200", description = "Success", content = @Content)
	@ApiResponse(responseCode = "400", description = "Bad request", content = @Content)
	@interface SetBackgroundUrl {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_cache_info_retrieve", description = "Info about cached flows",
			security = @SecurityRequirement(name = "authentik"))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Cache.class)))
	@interface CacheInfo {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "flows_instances_cache_clear_create", description = "Clear flow cache",
			security = @SecurityRequirement(name = "authentik"))
	@ApiResponse(responseCode = "204", description = "Successfully cleared cache")
	@ApiResponse(responseCode = "400", description = "Bad request", content = @Content)
	@interface CacheClear {

	}

}

package io.passwordstage.rbac;

import java.util.Map;

import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's read-only permission viewset at {@code /api/v3/rbac/permissions/}: any
 * authenticated caller may read it.
 */
@RestController
@RequestMapping("/api/v3/rbac/permissions/")
@Tag(name = "rbac")
@ViewSet(operations = "rbac_permissions",
		description = "Read-only list of all permissions, filterable by model and app",
		lookup = "A unique integer value identifying this permission.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class PermissionController {

	private final PermissionCatalogue catalogue;

	PermissionController(PermissionCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@RbacApi.Permissions
	@Requires(scope = Scope.AUTHENTICATED)
	PermissionList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return catalogue.list(params);
	}

	@GetMapping("{id}/")
	@Requires(scope = Scope.AUTHENTICATED)
	Permission retrieve(@PathVariable("id") @Parameter(schema = @Schema(type = "integer")) String id) {
		return catalogue.get(id);
	}

}

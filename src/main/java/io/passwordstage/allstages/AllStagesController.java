package io.passwordstage.allstages;

import java.util.List;
import java.util.Map;

import io.passwordstage.event.Caller;
import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.TokenPermission;
import io.passwordstage.flow.Stage;
import io.passwordstage.flow.UsedBy;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's stage viewset at {@code /api/v3/stages/all/}: stages of any kind, read and
 * deleted (no create or update: POST, PUT and PATCH are a 405). Reading needs
 * {@code authentik_flows.view_stage} or, since every stage here is a password stage,
 * {@code authentik_stages_password.view_passwordstage}; deleting also needs
 * {@code delete_stage} or {@code delete_passwordstage}.
 */
@RestController
@RequestMapping("/api/v3/stages/all/")
@Tag(name = "stages")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class AllStagesController {

	private static final String[] VIEW = { TokenPermission.VIEW_STAGE.value(), TokenPermission.VIEW.value() };

	private static final String[] DELETE = { TokenPermission.DELETE_STAGE.value(), TokenPermission.DELETE.value() };

	private final AllStagesService service;

	private final PermissionCheck access;

	AllStagesController(AllStagesService service, PermissionCheck access) {
		this.service = service;
		this.access = access;
	}

	@GetMapping
	@AllStagesApi.List
	PaginatedStageList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		access.requireAnyOnCollection(VIEW);
		return service.list(params);
	}

	@GetMapping("{stage_uuid}/")
	@AllStagesApi.Retrieve
	Stage retrieve(@PathVariable("stage_uuid") String id) {
		access.requireAnyOnObject(VIEW);
		return service.get(id);
	}

	@DeleteMapping("{stage_uuid}/")
	@AllStagesApi.Destroy
	ResponseEntity<Void> destroy(@PathVariable("stage_uuid") String id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		access.requireAnyOnObject(VIEW);
		access.requireAnyOnObject(DELETE);
		service.delete(id, ifMatch, caller);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("{stage_uuid}/used_by/")
	@AllStagesApi.UsedByList
	List<UsedBy> usedBy(@PathVariable("stage_uuid") String id) {
		access.requireAnyOnObject(VIEW);
		return service.usedBy(id);
	}

	@GetMapping("types/")
	@AllStagesApi.Types
	List<TypeCreate> types() {
		access.requireAuthenticated();
		return service.types();
	}

	@GetMapping("user_settings/")
	@AllStagesApi.UserSettings
	List<UserSetting> userSettings() {
		access.requireAuthenticated();
		return service.userSettings();
	}

}

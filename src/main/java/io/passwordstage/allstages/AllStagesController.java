package io.passwordstage.allstages;

import java.util.List;
import java.util.Map;

import io.passwordstage.event.Caller;
import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.flow.Stage;
import io.passwordstage.web.UsedBy;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
@ViewSet(operations = "stages_all", description = "Stage Viewset", lookup = "A UUID string identifying this stage.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class AllStagesController {

	private static final String VIEW_STAGE = "authentik_flows.view_stage";

	private static final String VIEW_PASSWORD_STAGE = "authentik_stages_password.view_passwordstage";

	private final AllStagesService service;

	private final PermissionCheck access;

	AllStagesController(AllStagesService service, PermissionCheck access) {
		this.service = service;
		this.access = access;
	}

	@GetMapping
	@AllStagesApi.List
	@Requires(scope = Scope.LIST, value = { VIEW_STAGE, VIEW_PASSWORD_STAGE })
	PaginatedStageList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return service.list(params, access.current().only(VIEW_STAGE, VIEW_PASSWORD_STAGE));
	}

	@GetMapping("{stage_uuid}/")
	@Requires(scope = Scope.ANY_ON_OBJECT, value = { VIEW_STAGE, VIEW_PASSWORD_STAGE })
	Stage retrieve(@PathVariable("stage_uuid") String id) {
		return service.get(id);
	}

	@DeleteMapping("{stage_uuid}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.ANY_ON_OBJECT, value = { VIEW_STAGE, VIEW_PASSWORD_STAGE })
	@Requires(scope = Scope.ANY_ON_OBJECT,
			value = { "authentik_flows.delete_stage", "authentik_stages_password.delete_passwordstage" })
	void destroy(@PathVariable("stage_uuid") String id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		service.delete(id, ifMatch, caller);
	}

	@GetMapping("{stage_uuid}/used_by/")
	@Requires(scope = Scope.ANY_ON_OBJECT, value = { VIEW_STAGE, VIEW_PASSWORD_STAGE })
	List<UsedBy> usedBy(@PathVariable("stage_uuid") String id) {
		return service.usedBy(id, access.current());
	}

	@GetMapping("types/")
	@AllStagesApi.Types
	@Requires(scope = Scope.AUTHENTICATED)
	List<TypeCreate> types() {
		return service.types();
	}

	@GetMapping("user_settings/")
	@AllStagesApi.UserSettings
	@Requires(scope = Scope.AUTHENTICATED)
	List<UserSetting> userSettings() {
		return service.userSettings();
	}

}

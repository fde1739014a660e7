package io.passwordstage.stage;

import java.util.List;
import java.util.Map;

import io.passwordstage.event.Caller;
import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.web.UsedBy;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.Body;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** authentik's PasswordStage viewset at {@code /api/v3/stages/password/}. */
@RestController
@RequestMapping("/api/v3/stages/password/")
@Tag(name = "stages")
@ViewSet(operations = "stages_password", description = "PasswordStage Viewset",
		lookup = "A UUID string identifying this Password Stage.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class PasswordStageController {

	static final String VIEW = "authentik_stages_password.view_passwordstage";

	static final String ADD = "authentik_stages_password.add_passwordstage";

	static final String CHANGE = "authentik_stages_password.change_passwordstage";

	static final String DELETE = "authentik_stages_password.delete_passwordstage";

	private final PasswordStageService service;

	private final PasswordStageViews views;

	private final PermissionCheck access;

	PasswordStageController(PasswordStageService service, PasswordStageViews views, PermissionCheck access) {
		this.service = service;
		this.views = views;
		this.access = access;
	}

	@GetMapping
	@PasswordStageApi.List
	@Requires(scope = Scope.LIST, value = VIEW)
	PaginatedPasswordStageList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.list(params, access.current().only(VIEW));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Scope.COLLECTION, value = ADD)
	PasswordStage create(Body<PasswordStageRequest> body, Caller caller) {
		return service.create(null, body, caller).object();
	}

	@GetMapping("{stage_uuid}/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	PasswordStage retrieve(@PathVariable("stage_uuid") String id) {
		return service.get(id);
	}

	@PutMapping("{stage_uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	PasswordStage update(@PathVariable("stage_uuid") String id, Body<PasswordStageRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(id, body, false, ifMatch, caller).object();
	}

	@PatchMapping("{stage_uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	PasswordStage partialUpdate(@PathVariable("stage_uuid") String id, Body<PasswordStageRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(id, body, true, ifMatch, caller).object();
	}

	@DeleteMapping("{stage_uuid}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable("stage_uuid") String id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		service.delete(id, ifMatch, caller);
	}

	@GetMapping("{stage_uuid}/used_by/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable("stage_uuid") String id) {
		return service.usedBy(id, access.current());
	}

}

package io.passwordstage.binding;

import java.util.List;

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
import org.springframework.util.MultiValueMap;
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

/** authentik's FlowStageBinding viewset at {@code /api/v3/flows/bindings/}. */
@RestController
@RequestMapping("/api/v3/flows/bindings/")
@Tag(name = "flows")
@ViewSet(operations = "flows_bindings", description = "FlowStageBinding Viewset",
		lookup = "A UUID string identifying this Flow Stage Binding.")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowStageBindingController {

	static final String VIEW = "authentik_flows.view_flowstagebinding";

	static final String ADD = "authentik_flows.add_flowstagebinding";

	static final String CHANGE = "authentik_flows.change_flowstagebinding";

	static final String DELETE = "authentik_flows.delete_flowstagebinding";

	private final FlowStageBindingService service;

	private final FlowStageBindingViews views;

	private final PermissionCheck access;

	FlowStageBindingController(FlowStageBindingService service, FlowStageBindingViews views, PermissionCheck access) {
		this.service = service;
		this.views = views;
		this.access = access;
	}

	@GetMapping
	@FlowStageBindingApi.List
	@Requires(scope = Scope.LIST, value = VIEW)
	PaginatedFlowStageBindingList list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return views.list(params, access.current().only(VIEW));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Scope.COLLECTION, value = ADD)
	FlowStageBinding create(Body<FlowStageBindingRequest> body, Caller caller) {
		return service.create(null, body, caller).object();
	}

	@GetMapping("{fsb_uuid}/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	FlowStageBinding retrieve(@PathVariable("fsb_uuid") String id) {
		return service.get(id);
	}

	@PutMapping("{fsb_uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	FlowStageBinding update(@PathVariable("fsb_uuid") String id, Body<FlowStageBindingRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(id, body, false, ifMatch, caller).object();
	}

	@PatchMapping("{fsb_uuid}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	FlowStageBinding partialUpdate(@PathVariable("fsb_uuid") String id, Body<FlowStageBindingRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(id, body, true, ifMatch, caller).object();
	}

	@DeleteMapping("{fsb_uuid}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable("fsb_uuid") String id,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		service.delete(id, ifMatch, caller);
	}

	@GetMapping("{fsb_uuid}/used_by/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable("fsb_uuid") String id) {
		return service.usedBy(id);
	}

}

package io.passwordstage.flow;

import io.passwordstage.web.UsedBy;
import java.util.List;
import java.util.Map;

import io.passwordstage.event.Caller;
import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
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
import org.springframework.http.ResponseEntity;
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

/** authentik's Flow viewset at {@code /api/v3/flows/instances/}, looked up by slug. */
@RestController
@RequestMapping("/api/v3/flows/instances/")
@Tag(name = "flows")
@ViewSet(operations = "flows_instances", description = "Flow Viewset", lookup = FlowSet.SLUG_HELP, slug = true)
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowController {

	static final String VIEW = "authentik_flows.view_flow";

	static final String ADD = "authentik_flows.add_flow";

	static final String CHANGE = "authentik_flows.change_flow";

	static final String DELETE = "authentik_flows.delete_flow";

	private final FlowService service;

	private final ApiSchema schema;

	private final PermissionCheck access;

	FlowController(FlowService service, ApiSchema schema, PermissionCheck access) {
		this.service = service;
		this.schema = schema;
		this.access = access;
	}

	@GetMapping
	@FlowApi.List
	@Requires(scope = Scope.LIST, value = VIEW)
	PaginatedFlowList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return service.list(params, access.current().only(VIEW));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(scope = Scope.COLLECTION, value = ADD)
	Flow create(Body<FlowRequest> body, Caller caller) {
		return service.create(null, body, caller).object();
	}

	@GetMapping("{slug}/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	Flow retrieve(@PathVariable String slug) {
		return service.get(slug);
	}

	@PutMapping("{slug}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	Flow update(@PathVariable String slug, Body<FlowRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(slug, body, false, ifMatch, caller).object();
	}

	@PatchMapping("{slug}/")
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	Flow partialUpdate(@PathVariable String slug, Body<FlowRequest> body,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		return service.update(slug, body, true, ifMatch, caller).object();
	}

	@DeleteMapping("{slug}/")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Requires(scope = Scope.OBJECT, value = { VIEW, DELETE })
	void destroy(@PathVariable String slug,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Caller caller) {
		service.delete(slug, ifMatch, caller);
	}

	@GetMapping("{slug}/used_by/")
	@Requires(scope = Scope.OBJECT, value = VIEW)
	List<UsedBy> usedBy(@PathVariable String slug) {
		return service.usedBy(slug, access.current());
	}

	/**
	 * 2025.8's route (gone in 2026.2, where {@code background} is written with the flow).
	 * authentik checks {@code authentik_core.change_application} here, a permission this
	 * service has no model for: changing the flow is what it asks.
	 */
	@PostMapping("{slug}/set_background_url/")
	@ServedIn(Difference.SET_BACKGROUND_URL_ROUTE)
	@FlowActionApi.SetBackgroundUrl
	@Requires(scope = Scope.OBJECT, value = { VIEW, CHANGE })
	Map<String, Object> setBackgroundUrl(@PathVariable String slug, Body<FilePathRequest> body, Caller caller) {
		service.setBackgroundUrl(slug, body, caller);
		return Map.of();
	}

	@GetMapping("cache_info/")
	@FlowActionApi.CacheInfo
	@Requires(scope = Scope.COLLECTION, value = "authentik_flows.view_flow_cache")
	Cache cacheInfo() {
		return new Cache(0);
	}

	@PostMapping("cache_clear/")
	@FlowActionApi.CacheClear
	@Requires(scope = Scope.COLLECTION, value = { "authentik_flows.clear_flow_cache", ADD })
	ResponseEntity<Void> cacheClear() {
		return ResponseEntity.noContent().build();
	}

}

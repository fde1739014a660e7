package io.passwordstage.event;

import java.util.Map;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail at authentik's {@code /api/v3/events/events/}, newest first, filterable
 * by action.
 */
@RestController
@RequestMapping("/api/v3/events/events/")
@Tag(name = "events")
class EventController {

	static final String VIEW = "authentik_events.view_event";

	private final EventViews views;

	private final PermissionCheck access;

	EventController(EventViews views, PermissionCheck access) {
		this.views = views;
		this.access = access;
	}

	@GetMapping
	@Operation(operationId = "events_events_list", description = "Event Read-Only Viewset",
			security = @SecurityRequirement(name = "authentik"))
	@Requires(scope = Requires.Scope.LIST, value = VIEW)
	EventList list(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return views.page(params, access.current().only(VIEW));
	}

}

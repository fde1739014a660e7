package io.passwordstage.binding;

import java.util.List;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.TokenPermission;
import io.passwordstage.flow.UsedBy;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.JsonBodyParser;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** authentik's FlowStageBinding viewset at {@code /api/v3/flows/bindings/}. */
@RestController
@RequestMapping("/api/v3/flows/bindings/")
@Tag(name = "flows")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowStageBindingController {

	static final String VIEW = TokenPermission.VIEW_BINDING.value();

	static final String ADD = TokenPermission.ADD_BINDING.value();

	static final String CHANGE = TokenPermission.CHANGE_BINDING.value();

	static final String DELETE = TokenPermission.DELETE_BINDING.value();

	private final FlowStageBindingService service;

	private final JsonBodyParser bodyReader;

	private final PermissionCheck access;

	FlowStageBindingController(FlowStageBindingService service, JsonBodyParser bodyReader, PermissionCheck access) {
		this.service = service;
		this.bodyReader = bodyReader;
		this.access = access;
	}

	@GetMapping
	@FlowStageBindingApi.List
	PaginatedFlowStageBindingList list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		access.requireOnCollection(VIEW);
		return service.list(params);
	}

	@PostMapping
	@FlowStageBindingApi.Create
	ResponseEntity<FlowStageBinding> create(HttpServletRequest request) {
		access.requireOnCollection(ADD);
		return ResponseEntity.status(HttpStatus.CREATED).body(service.create(bodyReader.read(request)));
	}

	@GetMapping("{fsb_uuid}/")
	@FlowStageBindingApi.Retrieve
	FlowStageBinding retrieve(@PathVariable("fsb_uuid") String id) {
		access.requireOnObject(VIEW);
		return service.get(id);
	}

	@PutMapping("{fsb_uuid}/")
	@FlowStageBindingApi.Update
	FlowStageBinding update(@PathVariable("fsb_uuid") String id, HttpServletRequest request) {
		access.requireOnObject(VIEW, CHANGE);
		return service.update(id, () -> bodyReader.read(request), false);
	}

	@PatchMapping("{fsb_uuid}/")
	@FlowStageBindingApi.PartialUpdate
	FlowStageBinding partialUpdate(@PathVariable("fsb_uuid") String id, HttpServletRequest request) {
		access.requireOnObject(VIEW, CHANGE);
		return service.update(id, () -> bodyReader.read(request), true);
	}

	@DeleteMapping("{fsb_uuid}/")
	@FlowStageBindingApi.Destroy
	ResponseEntity<Void> destroy(@PathVariable("fsb_uuid") String id) {
		access.requireOnObject(VIEW, DELETE);
		service.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("{fsb_uuid}/used_by/")
	@FlowStageBindingApi.UsedByList
	List<UsedBy> usedBy(@PathVariable("fsb_uuid") String id) {
		access.requireOnObject(VIEW);
		return service.usedBy(id);
	}

}

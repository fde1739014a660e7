package io.passwordstage.stage;

import io.passwordstage.auth.Access;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.JsonBodyReader;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** authentik's PasswordStage viewset at {@code /api/v3/stages/password/}. */
@RestController
@RequestMapping("/api/v3/stages/password/")
@Tag(name = "stages")
class PasswordStageController {

	static final String VIEW = "authentik_stages_password.view_passwordstage";

	static final String ADD = "authentik_stages_password.add_passwordstage";

	private final PasswordStageService service;

	private final JsonBodyReader bodyReader;

	private final Access access;

	PasswordStageController(PasswordStageService service, JsonBodyReader bodyReader, Access access) {
		this.service = service;
		this.bodyReader = bodyReader;
		this.access = access;
	}

	@PostMapping
	@Operation(operationId = "stages_password_create", description = "PasswordStage Viewset",
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PasswordStageRequest.class))))
	@ApiResponse(responseCode = "201", description = "",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PasswordStage.class)))
	@ApiResponse(responseCode = "400", description = "",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
	@ApiResponse(responseCode = "403", description = "",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
	ResponseEntity<PasswordStage> create(HttpServletRequest request) {
		access.requireOnCollection(ADD);
		return ResponseEntity.status(HttpStatus.CREATED).body(service.create(bodyReader.read(request)));
	}

}

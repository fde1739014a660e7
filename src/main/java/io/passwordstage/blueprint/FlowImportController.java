package io.passwordstage.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.config.AuthentikProperties;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.GenericError;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * authentik's {@code POST /flows/instances/import/}: a blueprint file in a multipart
 * form, applied in one transaction. No file is a 400 {@code {"logs": [], "success":
 * false}}; a file that cannot be applied is a 200 with {@code success} false and the
 * warning that says why (authentik answers a file that is not YAML with a 500).
 */
@RestController
@Tag(name = "flows")
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowImportController {

	/**
	 * authentik's list for the route, less the models this service has none of (policies,
	 * prompts): adding and changing what a blueprint may write.
	 */
	static final List<String> PERMISSIONS = List.of("authentik_flows.add_flow", "authentik_flows.change_flow",
			"authentik_flows.add_flowstagebinding", "authentik_flows.change_flowstagebinding",
			"authentik_stages_password.add_passwordstage", "authentik_stages_password.change_passwordstage");

	private final PermissionCheck access;

	private final BlueprintImporter importer;

	private final BlueprintReader reader;

	FlowImportController(PermissionCheck access, BlueprintImporter importer, AuthentikProperties properties) {
		this.access = access;
		this.importer = importer;
		this.reader = new BlueprintReader((int) Math.min(Integer.MAX_VALUE, properties.maxBodyBytes()));
	}

	static final String PATH = "/api/v3/flows/instances/import/";

	@PostMapping(PATH)
	@Operation(operationId = "flows_instances_import_create", description = "Import flow from .yaml file",
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(content = @Content(mediaType = "multipart/form-data",
					schema = @Schema(implementation = FileUploadRequest.class))))
	@ApiResponse(responseCode = "204", description = "",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = FlowImportResult.class)))
	@ApiResponse(responseCode = "400", description = "", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = FlowImportResult.class)))
	ResponseEntity<FlowImportResult> importFlow(HttpServletRequest request) {
		for (String permission : PERMISSIONS) {
			access.requireOnCollection(permission);
		}
		byte[] file = file(request);
		if (file == null) {
			return ResponseEntity.badRequest().body(new FlowImportResult(List.of(), false));
		}
		Blueprint blueprint;
		try {
			blueprint = reader.read(file);
		}
		catch (BlueprintInvalid ex) {
			return ResponseEntity.ok(BlueprintImporter.failed(ex));
		}
		return ResponseEntity.ok(importer.apply(blueprint));
	}

	/**
	 * The route is authentik's list-level action, matched before a flow's detail route:
	 * other methods are a 405, not a flow named {@code import}.
	 */
	@RequestMapping(path = PATH,
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	@Hidden
	void otherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		access.requireAuthenticated();
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
	}

	/**
	 * The form's {@code file} upload, or null when the request has none (no body, or a
	 * form without a file field: authentik's 400).
	 */
	private static byte[] file(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null && request.getContentLengthLong() <= 0) {
			return null;
		}
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
			throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorTexts.unsupportedMediaType(contentType));
		}
		try {
			Part part = request.getPart("file");
			if (part == null || part.getSubmittedFileName() == null) {
				return null;
			}
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (MaxUploadSizeExceededException | IllegalStateException ex) {
			// Spring's reading, or the servlet container's, of a form over the size limit
			throw new ApiException(HttpStatus.valueOf(413), "Request body is larger than the limit.");
		}
		catch (MultipartException | IOException | ServletException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					"Multipart form parse error - the body is not a valid" + " multipart form.");
		}
	}

}

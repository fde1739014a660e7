package io.passwordstage.blueprint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.passwordstage.auth.ApiPrincipal;
import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.AuthentikProperties;
import io.passwordstage.config.ServedIn;
import io.passwordstage.event.Caller;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.MultipartForm;
import io.passwordstage.web.ValidationError;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik 2026.5's {@code POST /managed/blueprints/import/}: a blueprint, sent as
 * {@code file} or named by {@code path} in the operator's blueprints directory, applied
 * once in one transaction as the flow import applies it, its {@code !Context} tags read
 * from {@code context}. As in authentik: {@code file} wins over {@code path}; neither is
 * a 400 {@code ["Either path or file must be set"]}; the caller needs
 * {@code add_blueprintinstance} and, for each entry's model, its {@code add_} permission
 * and its {@code change_} and {@code delete_} permissions, globally or on some object
 * (else a 403 naming the entry); each write then needs its own permission on its object
 * ({@link EntryWrites}); a blueprint that cannot be applied is a 200 with {@code success}
 * false and the reason.
 */
@RestController
@Tag(name = "managed")
@ServedIn(Difference.BLUEPRINT_IMPORT_ROUTE)
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class BlueprintImportController {

	static final String PATH = "/api/v3/managed/blueprints/import/";

	static final String ADD_BLUEPRINT_INSTANCE = "authentik_blueprints.add_blueprintinstance";

	static final String NEITHER = "Either path or file must be set";

	private final PermissionCheck access;

	private final BlueprintImporter importer;

	private final BlueprintReader reader;

	private final BlueprintFiles files;

	BlueprintImportController(PermissionCheck access, BlueprintImporter importer, BlueprintReader reader,
			AuthentikProperties properties) {
		this.access = access;
		this.importer = importer;
		this.reader = reader;
		this.files = new BlueprintFiles(properties.blueprints(), properties.maxBodyBytes());
	}

	@PostMapping(PATH)
	@Operation(operationId = "managed_blueprints_import_create",
			description = "Import blueprint from .yaml file and apply it once, without creating an instance",
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(content = @Content(mediaType = "multipart/form-data",
					schema = @Schema(implementation = BlueprintUploadRequest.class))))
	@ApiResponse(responseCode = "200", description = "",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = BlueprintImportResult.class)))
	@Requires(scope = Scope.COLLECTION, value = ADD_BLUEPRINT_INSTANCE)
	ResponseEntity<?> importBlueprint(MultipartForm form, Caller caller) {
		BlueprintImportForm sent = BlueprintImportForm.read(form, files);
		if (sent.file() == null && sent.path() == null) {
			return ResponseEntity.badRequest().body(List.of(NEITHER));
		}
		Blueprint blueprint;
		try {
			blueprint = reader.read(sent.file() != null ? sent.file() : files.read(sent.path()), sent.context());
		}
		catch (BlueprintInvalid ex) {
			return ResponseEntity.ok(BlueprintImportResult.of(BlueprintImporter.unreadable(ex, sent.options())));
		}
		ApiPrincipal principal = access.requireAuthenticated();
		Map<String, Object> refused = lackedPermission(blueprint, principal);
		if (refused != null) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(refused);
		}
		return ResponseEntity
			.ok(BlueprintImportResult.of(importer.apply(blueprint, principal, caller, sent.options())));
	}

	/**
	 * authentik's {@code check_blueprint_perms}: every entry's model needs its add,
	 * change and delete permissions, whatever the entry does (change and delete may be
	 * held on some objects only: which objects, each write checks); the 403's body names
	 * the first entry whose model lacks one, or {@code null} when none does.
	 */
	private static Map<String, Object> lackedPermission(Blueprint blueprint, ApiPrincipal caller) {
		for (Blueprint.Entry entry : blueprint.entries()) {
			String[] parts = entry.model().split("\\.", 2);
			for (String action : List.of("add", "change", "delete")) {
				String permission = parts.length < 2 ? null : parts[0] + "." + action + "_" + parts[1];
				if (permission == null
						|| !(action.equals("add") ? caller.may(permission) : caller.mayOnAny(permission))) {
					Map<String, Object> body = new LinkedHashMap<>();
					body.put(String.valueOf(entry.id()), "User lacks permission to create " + entry.model());
					return body;
				}
			}
		}
		return null;
	}

	/**
	 * The route is authentik's list-level action: other methods are a 405 (in authentik,
	 * {@code GET} lists nothing here; this service has no blueprint instances).
	 */
	@RequestMapping(path = PATH,
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	@Hidden
	@Requires(scope = Scope.AUTHENTICATED)
	void otherMethods(HttpMethod method) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(method.name(), List.of("POST"));
	}

}

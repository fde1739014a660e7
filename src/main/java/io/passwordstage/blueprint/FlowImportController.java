package io.passwordstage.blueprint;

import java.util.List;

import io.passwordstage.auth.PermissionCheck;
import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.event.Caller;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.config.ServedIn;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.MultipartForm;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's {@code POST /flows/instances/import/}: a blueprint file in a multipart
 * form, applied in one transaction. No file is a 400 {@code {"logs": [], "success":
 * false}}; a file that cannot be applied is a 200 with {@code success} false and the
 * warning that says why (authentik answers a file that is not YAML with a 500). The route
 * needs authentik's add permissions globally and its change permissions globally or on
 * some object; each write then needs its own permission on its object
 * ({@link EntryWrites}).
 */
@RestController
@Tag(name = "flows")
@ServedIn(Difference.FLOW_IMPORT_ROUTE)
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowImportController {

	private final BlueprintImporter importer;

	private final BlueprintReader reader;

	private final PermissionCheck access;

	FlowImportController(BlueprintImporter importer, BlueprintReader reader, PermissionCheck access) {
		this.importer = importer;
		this.reader = reader;
		this.access = access;
	}

	static final String PATH = "/api/v3/flows/instances/import/";

	// authentik's permissions for the route, less the models this service has none of
	// (policies, prompts): adding and changing what a blueprint may write
	private static final String ADD_FLOW = "authentik_flows.add_flow";

	private static final String CHANGE_FLOW = "authentik_flows.change_flow";

	private static final String ADD_BINDING = "authentik_flows.add_flowstagebinding";

	private static final String CHANGE_BINDING = "authentik_flows.change_flowstagebinding";

	private static final String ADD_STAGE = "authentik_stages_password.add_passwordstage";

	private static final String CHANGE_STAGE = "authentik_stages_password.change_passwordstage";

	static final List<String> PERMISSIONS = List.of(ADD_FLOW, CHANGE_FLOW, ADD_BINDING, CHANGE_BINDING, ADD_STAGE,
			CHANGE_STAGE);

	@PostMapping(PATH)
	@Operation(operationId = "flows_instances_import_create", description = "Import flow from .yaml file",
			security = @SecurityRequirement(name = "authentik"),
			requestBody = @RequestBody(content = @Content(mediaType = "multipart/form-data",
					schema = @Schema(implementation = FileUploadRequest.class))))
	@ApiResponse(responseCode = "204", description = "",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = FlowImportResult.class)))
	@ApiResponse(responseCode = "400", description = "",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = FlowImportResult.class)))
	@Requires(scope = Scope.COLLECTION, value = { ADD_FLOW, ADD_BINDING, ADD_STAGE })
	@Requires(scope = Scope.LIST, value = CHANGE_FLOW)
	@Requires(scope = Scope.LIST, value = CHANGE_BINDING)
	@Requires(scope = Scope.LIST, value = CHANGE_STAGE)
	ResponseEntity<FlowImportResult> importFlow(MultipartForm form, Caller caller) {
		byte[] file = form.file("file");
		ImportOptions options = ImportOptions.of(form);
		if (file == null) {
			return ResponseEntity.badRequest().body(new FlowImportResult(List.of(), false, null));
		}
		Blueprint blueprint;
		try {
			blueprint = reader.read(file);
		}
		catch (BlueprintInvalid ex) {
			return ResponseEntity.ok(BlueprintImporter.unreadable(ex, options));
		}
		return ResponseEntity.ok(importer.apply(blueprint, access.current(), caller, options));
	}

	/**
	 * The route is authentik's list-level action, matched before a flow's detail route:
	 * other methods are a 405, not a flow named {@code import}.
	 */
	@RequestMapping(path = PATH,
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	@Hidden
	@Requires(scope = Scope.AUTHENTICATED)
	void otherMethods(HttpMethod method) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(method.name(), List.of("POST"));
	}

}

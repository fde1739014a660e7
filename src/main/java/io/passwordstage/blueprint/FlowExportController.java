package io.passwordstage.blueprint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.passwordstage.auth.Requires;
import io.passwordstage.auth.Requires.Scope;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.flow.Flow;
import io.passwordstage.flow.FlowReferences;
import io.passwordstage.flow.FlowService;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.GenericError;
import io.passwordstage.web.ValidationError;
import io.passwordstage.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * authentik's {@code GET /flows/instances/{slug}/export/}: the flow, its bound stages and
 * its bindings as a blueprint file ({@link BlueprintExport}); {@code portable} (this
 * service's addition) by natural keys instead of pks. 2026.2 exports the flow's
 * background with it. As in authentik, the caller needs {@code export_flow} globally or
 * on the flow, and the view permissions of what the file holds globally (those of
 * policies and prompts, which this service has no models for, left out).
 */
@RestController
@Tag(name = "flows")
@ApiResponse(responseCode = "400",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationError.class)))
@ApiResponse(responseCode = "403",
		content = @Content(mediaType = "application/json", schema = @Schema(implementation = GenericError.class)))
class FlowExportController {

	/** The export is a plain Django response in authentik: HTML's content type. */
	private static final MediaType DJANGO_DEFAULT = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final FlowService flows;

	private final FlowReferences references;

	private final ApiSchema schema;

	FlowExportController(FlowService flows, FlowReferences references, ApiSchema schema) {
		this.flows = flows;
		this.references = references;
		this.schema = schema;
	}

	@GetMapping("/api/v3/flows/instances/{slug}/export/")
	@Operation(operationId = "flows_instances_export_retrieve", description = "Export flow to .yaml file",
			security = @SecurityRequirement(name = "authentik"),
			parameters = @Parameter(in = ParameterIn.PATH, name = "slug", required = true,
					schema = @Schema(type = "string", description = "Visible in the URL.")))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
	@Requires(scope = Scope.ON_FOUND_OBJECT, value = "authentik_flows.export_flow")
	@Requires(scope = Scope.COLLECTION, value = { "authentik_flows.view_flow", "authentik_flows.view_flowstagebinding",
			"authentik_flows.view_stage" })
	ResponseEntity<byte[]> export(@PathVariable String slug, @Parameter(
			description = "Identify objects by natural keys (slug, name, target + stage + order), with !KeyOf and !Find"
					+ " references instead of primary keys, so that the file applies to another instance (an addition"
					+ " of this service)") @RequestParam(name = "portable", required = false) String portable) {
		boolean portableExport = portable(portable);
		Flow flow = flows.get(slug);
		List<FlowReferences.BoundStage> bindings = references.bindings(flow.pk());
		boolean background = schema.has(Difference.SCHEMA_2026);
		String yaml = portableExport
				? BlueprintExport.toPortableYaml(flow, bindings, references::slugOf, Clock.systemUTC(), background)
				: BlueprintExport.toYaml(flow, bindings, Clock.systemUTC(), background);
		return ResponseEntity.ok()
			.contentType(DJANGO_DEFAULT)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".yaml\"")
			.body(yaml.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean portable(String value) {
		try {
			return value != null && !value.isEmpty() && DrfCoercion.bool(value);
		}
		catch (FieldInvalid ex) {
			throw new ValidationFailedException(Map.of("portable", ex.detail()));
		}
	}

}

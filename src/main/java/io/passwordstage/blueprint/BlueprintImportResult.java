package io.passwordstage.blueprint;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code POST /managed/blueprints/import/}: the flow import's answer under
 * the name authentik 2026.5 gave it.
 */
@Schema(name = "BlueprintImportResult", description = "Logs of an attempted blueprint import",
		requiredProperties = { "logs", "success" })
record BlueprintImportResult(
		@ArraySchema(
				arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY)) List<FlowImportResult.LogEvent> logs,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean success) {

	static BlueprintImportResult of(FlowImportResult result) {
		return new BlueprintImportResult(result.logs(), result.success());
	}

}

package io.passwordstage.blueprint;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean success,
		@JsonInclude(JsonInclude.Include.NON_NULL) @ArraySchema(
				arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY,
						description = "What each entry did, or would do (an addition of this service: only with plan or"
								+ " dry_run)")) List<PlanItem> plan) {

	static BlueprintImportResult of(FlowImportResult result) {
		return new BlueprintImportResult(result.logs(), result.success(), result.plan());
	}

}

package io.passwordstage.blueprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The import's multipart form, as authentik's schema describes it (2026.2 names it
 * {@code FlowUploadRequest}). authentik's import reads only {@code file}; {@code clear}
 * belongs to the upload serializer it shares, and is accepted and ignored here too.
 */
@Schema(name = "FileUploadRequest", description = "Serializer to upload file")
record FileUploadRequest(@Schema(type = "string", format = "binary") String file,
		@Schema(defaultValue = "false") Boolean clear, @Schema(description = ImportFields.PLAN) Boolean plan,
		@JsonProperty("dry_run") @Schema(description = ImportFields.DRY_RUN) Boolean dryRun,
		@Schema(description = ImportFields.CONFLICT, allowableValues = {
				"state", "skip", "fail", "overwrite", "replace" }) String conflict){
}

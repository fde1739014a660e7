package io.passwordstage.blueprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart form of {@code POST /managed/blueprints/import/}, as authentik's schema
 * describes it: a blueprint {@code file}, or the {@code path} of one in the blueprints
 * directory, and a {@code context} (a JSON object) for its {@code !Context} tags.
 */
@Schema(name = "BlueprintUploadRequest", description = "Serializer to upload file")
record BlueprintUploadRequest(@Schema(type = "string", format = "binary") String file,
		@Schema(minLength = 1) String path, String context, @Schema(description = ImportFields.PLAN) Boolean plan,
		@JsonProperty("dry_run") @Schema(description = ImportFields.DRY_RUN) Boolean dryRun,
		@Schema(description = ImportFields.CONFLICT, allowableValues = {
				"state", "skip", "fail", "overwrite", "replace" }) String conflict){
}

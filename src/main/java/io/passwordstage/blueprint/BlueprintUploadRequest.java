package io.passwordstage.blueprint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart form of {@code POST /managed/blueprints/import/}, as authentik's schema
 * describes it: a blueprint {@code file}, or the {@code path} of one in the blueprints
 * directory, and a {@code context} (a JSON object) for its {@code !Context} tags.
 */
@Schema(name = "BlueprintUploadRequest", description = "Serializer to upload file")
record BlueprintUploadRequest(@Schema(type = "string", format = "binary") String file,
		@Schema(minLength = 1) String path, String context) {
}

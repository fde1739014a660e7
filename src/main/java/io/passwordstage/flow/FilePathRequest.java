package io.passwordstage.flow;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.Sent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The body of 2025.8's {@code set_background_url}: the background stored as given
 * ({@code ""} clears it).
 */
@Schema(name = "FilePathRequest", description = "Serializer to upload file", requiredProperties = "url")
record FilePathRequest(
		@NotNull(message = REQUIRED) @MaxLength(FlowRequest.BACKGROUND_MAX) @NoNullCharacters @NoSurrogates @Schema(
				minLength = 1) String url,
		@Schema(hidden = true) Sent sent) {
}

package io.passwordstage.auth;

import static io.passwordstage.web.ErrorTexts.NOT_NULL;
import static io.passwordstage.web.ErrorTexts.REQUIRED;
import static io.passwordstage.web.ErrorTexts.SLUG;

import java.time.Instant;
import java.util.List;

import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.Sent;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import io.passwordstage.web.NonEmpty;

/**
 * The body that mints a token, as the service validates it: the DRF step
 * ({@link TokenRequestValidator}) fills it from raw JSON, then its constraints apply.
 */
@Schema(name = "TokenRequest", requiredProperties = "identifier")
record TokenRequest(
		@NotNull(message = REQUIRED) @NonEmpty @MaxLength(IDENTIFIER_MAX) @NoNullCharacters @NoSurrogates @Pattern(
				regexp = IDENTIFIER_PATTERN,
				message = SLUG) @Schema(maxLength = IDENTIFIER_MAX, pattern = IDENTIFIER_PATTERN) String identifier,
		@OneOf(TokenIntent.class) @Schema(allowableValues = "api") String intent,
		@NoNullCharacters @NoSurrogates String description,
		@Schema(description = "When the token stops working; default one day from now") Instant expires,
		@Schema(description = "false for a token that never expires", defaultValue = "true") Boolean expiring,
		@Schema(description = "Whether the token passes every permission check",
				defaultValue = "false") Boolean superuser,
		@ArraySchema(schema = @Schema(implementation = TokenPermission.class),
				arraySchema = @Schema(description = "Permissions the token holds")) List<@NotNull(
						message = NOT_NULL) @OneOf(value = TokenPermission.class) String> permissions,
		@Schema(hidden = true) Sent sent) {

	static final int IDENTIFIER_MAX = 255;

	static final String IDENTIFIER_PATTERN = "^[-a-zA-Z0-9_]+$";

}

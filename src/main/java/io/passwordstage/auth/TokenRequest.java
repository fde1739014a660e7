package io.passwordstage.auth;

import static io.passwordstage.web.ErrorTexts.REQUIRED;
import static io.passwordstage.web.ErrorTexts.SLUG;

import java.time.Instant;

import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import io.passwordstage.web.NonEmpty;

/**
 * The body that mints a token, as the service validates it: the DRF step
 * ({@link TokenRequestValidator}) fills it from raw JSON, then its constraints apply.
 */
@Schema(name = "TokenRequest", description = "Token Serializer", requiredProperties = "identifier")
record TokenRequest(
		@NoNullCharacters @NoSurrogates @Schema(nullable = true, minLength = 1, title = Token.MANAGED_TITLE,
				description = Token.MANAGED_HELP) String managed,
		@NotNull(message = REQUIRED,
				groups = WholeBody.class) @NonEmpty @MaxLength(IDENTIFIER_MAX) @NoNullCharacters @NoSurrogates @Pattern(
						regexp = IDENTIFIER_PATTERN, message = SLUG) @Schema(minLength = 1, maxLength = IDENTIFIER_MAX,
								pattern = IDENTIFIER_PATTERN) String identifier,
		@OneOf(TokenIntent.class) @Schema(implementation = Token.Intent.class) String intent, Long user,
		@NoNullCharacters @NoSurrogates String description, @Schema(nullable = true) Instant expires, Boolean expiring,
		@Schema(hidden = true) Sent sent) {

	static final int IDENTIFIER_MAX = 255;

	static final String IDENTIFIER_PATTERN = "^[-a-zA-Z0-9_]+$";

}

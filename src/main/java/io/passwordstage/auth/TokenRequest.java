package io.passwordstage.auth;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body that mints a token. Documents the wire shape; {@link TokenRequestValidator}
 * reads it.
 */
@Schema(name = "TokenRequest", requiredProperties = "identifier")
record TokenRequest(@Schema(maxLength = 255, pattern = "^[-a-zA-Z0-9_]+$") String identifier,
		@Schema(allowableValues = "api") String intent, String description,
		@Schema(description = "When the token stops working; default one day from now") Instant expires,
		@Schema(description = "false for a token that never expires", defaultValue = "true") Boolean expiring,
		@Schema(description = "Whether the token passes every permission check",
				defaultValue = "false") Boolean superuser,
		@Schema(description = "Permissions the token holds") List<TokenPermission> permissions) {
}

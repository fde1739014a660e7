package io.passwordstage.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An API token as authentik's token API shows it, plus what it may do ({@code superuser},
 * {@code permissions}). {@code key} is only present in the response that created the
 * token.
 */
@Schema(name = "Token", requiredProperties = { "pk", "identifier", "intent", "expiring", "superuser", "permissions" })
@JsonPropertyOrder({ "pk", "identifier", "intent", "description", "expires", "expiring", "superuser", "permissions",
		"key" })
record Token(UUID pk, String identifier, String intent, String description, Instant expires, boolean expiring,
		boolean superuser, List<String> permissions, @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(
				description = "The key; shown once, when the token is created") String key) {

	/** The token with its key, for the response that created it. */
	static Token of(Token token, String key) {
		return new Token(token.pk(), token.identifier(), token.intent(), token.description(), token.expires(),
				token.expiring(), token.superuser(), token.permissions(), key);
	}

}

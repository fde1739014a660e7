package io.passwordstage.auth;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An API token as authentik's {@code Token} serializer shows it, with its user. Never its
 * key: keys are stored as digests, and a client sets a token's key with {@code set_key}.
 */
@JsonPropertyOrder({ "pk", "managed", "identifier", "intent", "user", "user_obj", "description", "expires",
		"expiring" })
record Token(UUID pk, String managed, String identifier, String intent, int user,
		@JsonProperty("user_obj") User userObj, String description, Instant expires, boolean expiring) {
}

package io.passwordstage.auth;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An API token as authentik's {@code Token} serializer shows it, with its user. Never its
 * key: keys are stored as digests, and a client sets a token's key with {@code set_key}.
 */
@Schema(name = "Token", description = "Token Serializer", requiredProperties = { "identifier", "pk", "user_obj" })
@JsonPropertyOrder({ "pk", "managed", "identifier", "intent", "user", "user_obj", "description", "expires",
		"expiring" })
record Token(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Token uuid") UUID pk,
		@Schema(nullable = true, title = MANAGED_TITLE, description = MANAGED_HELP) String managed,
		@Schema(maxLength = TokenRequest.IDENTIFIER_MAX, pattern = TokenRequest.IDENTIFIER_PATTERN) String identifier,
		@Schema(implementation = Intent.class) String intent, int user,
		@JsonProperty("user_obj") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				schemaResolution = Schema.SchemaResolution.ALL_OF_REF) User userObj,
		String description, @Schema(nullable = true) Instant expires, boolean expiring) {

	static final String MANAGED_TITLE = "Managed by authentik";

	static final String MANAGED_HELP = "Objects that are managed by authentik. These objects are created and updated"
			+ " automatically. This flag only indicates that an object can be overwritten by migrations. You can still"
			+ " modify the objects via the API, but expect changes to be overwritten in a later update.";

	/**
	 * Every intent a token has in authentik ({@code IntentEnum}), as its answers may show
	 * them; the API gives a token only the {@link TokenIntent}s.
	 */
	@Schema(name = "IntentEnum", enumAsRef = true)
	enum Intent implements WireEnum {

		VERIFICATION("verification"), API(ApiTokenEntity.INTENT_API), RECOVERY("recovery"),
		APP_PASSWORD(ApiTokenEntity.INTENT_APP_PASSWORD);

		private final String value;

		Intent(String value) {
			this.value = value;
		}

		@Override
		@JsonValue
		public String value() {
			return value;
		}

	}

}

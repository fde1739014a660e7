package io.passwordstage.auth;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A user's body (create, PUT, PATCH), as authentik's {@code UserRequest}. Groups do not
 * exist here, so any group is refused; roles (2026 lines) set the user's memberships.
 */
@Schema(name = "UserRequest", description = "User Serializer", requiredProperties = { "name", "username" })
record UserRequest(
		@NotNull(message = REQUIRED,
				groups = WholeBody.class) @NonEmpty @MaxLength(150) @NoNullCharacters @NoSurrogates @Schema(
						minLength = 1, maxLength = 150) String username,
		@NotNull(message = REQUIRED, groups = WholeBody.class) @NoNullCharacters @NoSurrogates @Schema(
				description = User.NAME_HELP) String name,
		@JsonProperty("is_active") @Schema(title = "Active", description = User.ACTIVE_HELP) Boolean active,
		@JsonProperty("last_login") @Schema(nullable = true) Instant lastLogin, List<UUID> groups,
		@Schema(hidden = true) List<UUID> roles,
		@MaxLength(254) @NoNullCharacters @NoSurrogates @Schema(format = "email", title = User.EMAIL_TITLE,
				maxLength = 254) String email,
		Map<String, Object> attributes, @NonEmpty @NoNullCharacters @NoSurrogates @Schema(minLength = 1) String path,
		@OneOf(UserRequest.Type.class) @Schema(implementation = UserRequest.Type.class) String type,
		@Schema(hidden = true) Sent sent) {

	/** authentik's user types. */
	@Schema(name = "UserTypeEnum", enumAsRef = true)
	enum Type implements WireEnum {

		INTERNAL("internal"), EXTERNAL("external"), SERVICE_ACCOUNT("service_account"),
		INTERNAL_SERVICE_ACCOUNT("internal_service_account");

		private final String value;

		Type(String value) {
			this.value = value;
		}

		@Override
		@JsonValue
		public String value() {
			return value;
		}

	}

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<UserRequest> {

		@Override
		public Class<UserRequest> type() {
			return UserRequest.class;
		}

		@Override
		public UserRequest read(ObjectFields fields) {
			return new UserRequest(fields.read("username", DrfCoercion::text), fields.read("name", Step::blankText),
					fields.read("is_active", DrfCoercion::bool),
					fields.read("last_login", TokenRequestValidator::dateTime), fields.read("groups", Step::uuids),
					fields.read("roles", Step::uuids), fields.read("email", Step::blankText),
					fields.read("attributes", Step::object), fields.read("path", DrfCoercion::text),
					fields.read("type", DrfCoercion::choice), fields.sent());
		}

		private static String blankText(JsonNode node) {
			return node.isString() && node.stringValue().isBlank() ? "" : DrfCoercion.text(node);
		}

		private static List<UUID> uuids(JsonNode node) {
			List<UUID> uuids = new java.util.ArrayList<>();
			for (JsonNode item : DrfCoercion.list(node)) {
				UUID uuid = item.isString() ? DrfUuids.parseUuid(item.stringValue()) : null;
				if (uuid == null) {
					throw new FieldInvalid("Must be a valid UUID.");
				}
				uuids.add(uuid);
			}
			return uuids;
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> object(JsonNode node) {
			if (!node.isObject()) {
				throw new FieldInvalid("Value must be valid JSON.");
			}
			return new tools.jackson.databind.json.JsonMapper().convertValue(node, Map.class);
		}

	}

}

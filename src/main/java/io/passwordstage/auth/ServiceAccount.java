package io.passwordstage.auth;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.Sent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/** {@code POST /core/users/service_account/}: its body and its answer. */
final class ServiceAccount {

	private ServiceAccount() {
	}

	/** The body: the account's name (its username), and its first token's expiry. */
	@Schema(name = "UserServiceAccountRequest", requiredProperties = "name")
	record Request(
			@NotNull(message = REQUIRED) @NonEmpty @MaxLength(150) @NoNullCharacters @NoSurrogates @Schema(
					minLength = 1) String name,
			@JsonProperty("create_group") @Schema(defaultValue = "false") Boolean createGroup,
			@Schema(defaultValue = "true") Boolean expiring,
			@Schema(description = "If not provided, valid for 360 days") Instant expires,
			@Schema(hidden = true) Sent sent) {

	}

	/**
	 * The answer: the new account and the key of its app password (what an identity
	 * provider's client-credentials grant uses; the API refuses it).
	 */
	@Schema(name = "UserServiceAccountResponse", requiredProperties = { "token", "user_pk", "user_uid", "username" })
	record Response(String username, String token, @JsonProperty("user_uid") String userUid,
			@JsonProperty("user_pk") int userPk,
			@JsonProperty("group_pk") @JsonInclude(JsonInclude.Include.NON_NULL) String groupPk) {
	}

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<Request> {

		@Override
		public Class<Request> type() {
			return Request.class;
		}

		@Override
		public Request read(ObjectFields fields) {
			return new Request(fields.read("name", DrfCoercion::text), fields.read("create_group", DrfCoercion::bool),
					fields.read("expiring", DrfCoercion::bool), fields.read("expires", TokenRequestValidator::dateTime),
					fields.sent());
		}

	}

}

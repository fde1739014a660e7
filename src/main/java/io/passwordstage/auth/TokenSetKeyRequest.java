package io.passwordstage.auth;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.Sent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/** The body of {@code set_key}: the token's new key, stored as its digest. */
@Schema(name = "TokenSetKeyRequest", requiredProperties = "key")
record TokenSetKeyRequest(
		@NotNull(message = REQUIRED) @NonEmpty @MaxLength(1024) @NoNullCharacters @Schema(minLength = 1) String key,
		@Schema(hidden = true) Sent sent) {

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<TokenSetKeyRequest> {

		@Override
		public Class<TokenSetKeyRequest> type() {
			return TokenSetKeyRequest.class;
		}

		@Override
		public TokenSetKeyRequest read(ObjectFields fields) {
			return new TokenSetKeyRequest(fields.read("key", DrfCoercion::text), fields.sent());
		}

	}

}

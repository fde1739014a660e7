package io.passwordstage.rbac;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.MaxLength;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NoSurrogates;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/**
 * The body of a role's create, update and partial update. A name holds 150 characters on
 * every line (the column's width; authentik 2026 no longer declares the limit).
 */
@Schema(name = "RoleRequest", description = "Role serializer", requiredProperties = "name")
record RoleRequest(@NotNull(message = REQUIRED,
		groups = WholeBody.class) @NonEmpty @MaxLength(NAME_MAX) @NoNullCharacters @NoSurrogates @Schema(minLength = 1,
				maxLength = NAME_MAX) String name,
		@Schema(hidden = true) Sent sent) {

	static final int NAME_MAX = 150;

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<RoleRequest> {

		@Override
		public Class<RoleRequest> type() {
			return RoleRequest.class;
		}

		@Override
		public RoleRequest read(ObjectFields fields) {
			return new RoleRequest(fields.read("name", DrfCoercion::text), fields.sent());
		}

	}

}

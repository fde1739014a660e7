package io.passwordstage.rbac;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.Sent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/** The body of a role's {@code add_user} and {@code remove_user}: the user's pk. */
@Schema(name = "UserAccountSerializerForRoleRequest", description = "Account adding/removing operations",
		requiredProperties = "pk")
record UserAccountRequest(@NotNull(message = REQUIRED) Long pk, @Schema(hidden = true) Sent sent) {

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<UserAccountRequest> {

		@Override
		public Class<UserAccountRequest> type() {
			return UserAccountRequest.class;
		}

		@Override
		public UserAccountRequest read(ObjectFields fields) {
			return new UserAccountRequest(fields.read("pk", DrfCoercion::integer), fields.sent());
		}

	}

}

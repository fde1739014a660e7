package io.passwordstage.rbac;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.Sent;
import io.passwordstage.web.WholeBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/**
 * The body of 2025.8's update of one object permission: the object it is on.
 * {@code PatchedExtraRoleUserObjectPermissionRequest} is this schema without required
 * keys.
 */
@Schema(name = "ExtraUserObjectPermissionRequest", description = "User permission with additional object-related data",
		requiredProperties = "object_pk")
record UserObjectPermissionRequest(
		@JsonProperty("object_pk") @NotNull(message = REQUIRED,
				groups = WholeBody.class) @NonEmpty @NoNullCharacters @Schema(minLength = 1) String objectPk,
		@Schema(hidden = true) Sent sent) implements ObjectPkRequest {

	/** DRF's first step for the body. */
	@Component
	static class Step implements DrfStep<UserObjectPermissionRequest> {

		@Override
		public Class<UserObjectPermissionRequest> type() {
			return UserObjectPermissionRequest.class;
		}

		@Override
		public UserObjectPermissionRequest read(ObjectFields fields) {
			return new UserObjectPermissionRequest(fields.read("object_pk", DrfCoercion::text), fields.sent());
		}

	}

}

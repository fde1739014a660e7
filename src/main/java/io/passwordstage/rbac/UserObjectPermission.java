package io.passwordstage.rbac;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A permission a user holds directly on one object (2025.8). */
@Schema(name = "UserObjectPermission", description = "User-bound object level permission",
		requiredProperties = { "id", "codename", "model", "app_label", "object_pk", "name" })
record UserObjectPermission(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String codename,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Python model class name") String model,
		@JsonProperty("app_label") @Schema(accessMode = Schema.AccessMode.READ_ONLY) String appLabel,
		@JsonProperty("object_pk") String objectPk, @Schema(accessMode = Schema.AccessMode.READ_ONLY) String name) {

	static UserObjectPermission of(Assignment assignment) {
		return new UserObjectPermission(assignment.id(), assignment.codename(), assignment.model(),
				assignment.appLabel(), assignment.objectPk(), assignment.name());
	}

}

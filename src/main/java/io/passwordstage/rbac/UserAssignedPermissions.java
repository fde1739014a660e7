package io.passwordstage.rbac;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user holding permissions of the listed model, with its object permissions (2025.8).
 */
@Schema(name = "UserAssignedObjectPermission", description = "Users assigned object permission serializer",
		requiredProperties = { "pk", "username", "name", "uid", "permissions", "is_superuser" })
@JsonPropertyOrder({ "pk", "username", "name", "is_active", "last_login", "email", "attributes", "uid", "permissions",
		"is_superuser" })
record UserAssignedPermissions(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "ID") int pk,
		@Schema(description = "Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.",
				pattern = "^[\\w.@+-]+$", maxLength = 150) String username,
		@Schema(description = "User's display name.") String name,
		@JsonProperty("is_active") @Schema(title = "Active",
				description = "Designates whether this user should be treated as active. Unselect this instead of deleting accounts.") boolean active,
		@JsonProperty("last_login") @Schema(nullable = true) Instant lastLogin,
		@Schema(format = "email", title = "Email address", maxLength = 254) String email,
		Map<String, Object> attributes, @Schema(accessMode = Schema.AccessMode.READ_ONLY) String uid,
		List<UserObjectPermission> permissions, @JsonProperty("is_superuser") boolean superuser) {

	UserAssignedPermissions withPermissions(List<UserObjectPermission> held) {
		return new UserAssignedPermissions(pk, username, name, active, lastLogin, email, attributes, uid, held,
				superuser);
	}

}

package io.passwordstage.auth;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A group as a user's {@code groups_obj} lists it (authentik's {@code UserGroup}): the
 * type of that list's items, which is always empty here, where there are no groups.
 */
@Schema(name = "UserGroup", description = "Simplified Group Serializer for user's groups",
		requiredProperties = { "name", "num_pk", "parent_name", "pk" })
public record UserGroup(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Group uuid") UUID pk,
		@JsonProperty("num_pk") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "Get a numerical, int32 ID for the group") int numPk,
		String name,
		@JsonProperty("is_superuser") @Schema(
				description = "Users added to this group will be superusers.") boolean superuser,
		@Schema(nullable = true) UUID parent,
		@JsonProperty("parent_name") @Schema(accessMode = Schema.AccessMode.READ_ONLY,
				nullable = true) String parentName,
		Map<String, Object> attributes) {
}

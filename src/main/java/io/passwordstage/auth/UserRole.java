package io.passwordstage.auth;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role as authentik's {@code RoleSerializer} shows it: the role viewset's objects, and
 * the roles a 2026 user's {@code roles_obj} lists. Its name's limit is 2025.8's; the 2026
 * lines declare none.
 */
@Schema(name = "Role", description = "Role serializer", requiredProperties = { "name", "pk" })
public record UserRole(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Uuid") UUID pk,
		@Schema(maxLength = 150) String name) {
}

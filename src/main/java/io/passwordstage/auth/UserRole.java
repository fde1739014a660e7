package io.passwordstage.auth;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A role a user is in, as a 2026 user's {@code roles_obj} lists it. */
@Schema(name = "Role", description = "Role serializer", requiredProperties = { "name", "pk" })
public record UserRole(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Uuid") UUID pk, String name) {
}

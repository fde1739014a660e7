package io.passwordstage.flow;

import io.swagger.v3.oas.annotations.media.Schema;

/** A background's light and dark variants (2026.2). */
@Schema(name = "ThemedUrls", description = "Themed URLs - maps theme names to URLs for light and dark themes")
public record ThemedUrls(@Schema(nullable = true) String light, @Schema(nullable = true) String dark) {

}

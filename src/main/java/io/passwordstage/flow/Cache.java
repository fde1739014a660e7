package io.passwordstage.flow;

import io.swagger.v3.oas.annotations.media.Schema;

/** Cache statistics; the service caches no flow plans, so its count is always 0. */
@Schema(name = "Cache", description = "Generic cache stats for an object", requiredProperties = "count")
record Cache(@Schema(accessMode = Schema.AccessMode.READ_ONLY) int count) {
}

package io.passwordstage.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Documentation shape of every {@code {"detail": "..."}} error. */
@Schema(name = "GenericError", description = "Generic API Error", requiredProperties = "detail")
public record GenericError(String detail, String code) {
}

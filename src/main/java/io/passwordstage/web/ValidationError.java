package io.passwordstage.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Documentation shape of a 400: failing fields, each with its messages. */
@Schema(name = "ValidationError", description = "Validation Error",
		additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
public record ValidationError(@JsonProperty("non_field_errors") List<String> nonFieldErrors, String code) {
}

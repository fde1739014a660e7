package io.passwordstage.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * authentik's pagination block: page numbers (0 when absent) and 1-based item positions.
 */
@Schema(name = "Pagination",
		requiredProperties = { "next", "previous", "count", "current", "total_pages", "start_index", "end_index" })
@JsonPropertyOrder({ "next", "previous", "count", "current", "total_pages", "start_index", "end_index" })
public record Pagination(@Schema(type = "number") long next, @Schema(type = "number") long previous,
		@Schema(type = "number") long count, @Schema(type = "number") long current,
		@JsonProperty("total_pages") @Schema(type = "number") long totalPages,
		@JsonProperty("start_index") @Schema(type = "number") long startIndex,
		@JsonProperty("end_index") @Schema(type = "number") long endIndex) {
}

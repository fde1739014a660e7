package io.passwordstage.flow;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of flows in authentik's envelope. */
@Schema(name = "PaginatedFlowList", requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record PaginatedFlowList(Pagination pagination, List<Flow> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

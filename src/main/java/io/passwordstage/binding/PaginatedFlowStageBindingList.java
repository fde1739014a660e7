package io.passwordstage.binding;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of flow-stage bindings in authentik's envelope. */
@Schema(name = "PaginatedFlowStageBindingList", requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record PaginatedFlowStageBindingList(Pagination pagination, List<FlowStageBinding> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

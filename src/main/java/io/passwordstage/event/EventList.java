package io.passwordstage.event;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of events in authentik's list envelope. */
@Schema(name = "PaginatedEventList", requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record EventList(Pagination pagination, List<Event> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

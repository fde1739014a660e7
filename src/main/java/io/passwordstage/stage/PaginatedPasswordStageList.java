package io.passwordstage.stage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of password stages in authentik's envelope. */
@Schema(name = "PaginatedPasswordStageList", requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record PaginatedPasswordStageList(Pagination pagination, List<PasswordStage> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

package io.passwordstage.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of users in authentik's list envelope. */
@Schema(name = "PaginatedUserList", requiredProperties = { "pagination", "results", "autocomplete" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record UserList(Pagination pagination, List<User> results,
		@Schema(ref = "#/components/schemas/Autocomplete") Map<String, Object> autocomplete) {
}

package io.passwordstage.rbac;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.passwordstage.web.Pagination;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of roles' object permissions: no {@code autocomplete} but in 2026.5's line
 * ({@link Wire2026_5}).
 */
@Schema(name = "PaginatedExtraRoleObjectPermissionList", requiredProperties = { "pagination", "results" })
@JsonPropertyOrder({ "pagination", "results", "autocomplete" })
record ExtraRolePermissionList(Pagination pagination, List<ExtraRolePermission> results,
		@JsonIgnore @Schema(hidden = true) Map<String, Object> autocomplete) {

	/** 2026.5's page, with {@code autocomplete}. */
	abstract static class Wire2026_5 {

		@JsonIgnore(false)
		@JsonProperty("autocomplete")
		abstract Map<String, Object> autocomplete();

	}

}

package io.passwordstage.blueprint;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did, or would do, with one entry of the file: the entry's position,
 * model and identifiers (references resolved), the action, the object's pk and the
 * changed fields in the audit events' shape ({@code {field: {previous_value,
 * new_value}}}). The entry that failed an import ends the plan, with its {@code reason}.
 * A {@code replace} import's deletions of bindings the file does not list follow the
 * entries, each with the index of its flow's entry.
 */
@Schema(name = "BlueprintPlanItem",
		description = "What an import did, or would do, with one entry (an addition of" + " this service)",
		requiredProperties = { "index", "model", "identifiers", "action", "pk", "diff" })
@JsonPropertyOrder({ "index", "model", "identifiers", "action", "pk", "diff", "reason" })
record PlanItem(int index, String model, Map<String, Object> identifiers, @Schema(allowableValues = {
		"create", "update", "delete", "unchanged", "skip", "fail" }) String action, @Schema(nullable = true) UUID pk,
		@Schema(type = "object") Map<String, Object> diff, @JsonInclude(JsonInclude.Include.NON_NULL) String reason){

	static final String CREATE = "create";

	static final String UPDATE = "update";

	static final String DELETE = "delete";

	static final String UNCHANGED = "unchanged";

	static final String SKIP = "skip";

	static final String FAIL = "fail";

	PlanItem(int index, String model, Map<String, Object> identifiers, String action, UUID pk,
			Map<String, Object> diff) {
		this(index, model, identifiers, action, pk, diff, null);
	}

}

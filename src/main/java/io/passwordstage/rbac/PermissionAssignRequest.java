package io.passwordstage.rbac;

import static io.passwordstage.web.ErrorTexts.REQUIRED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.NoNullCharacters;
import io.passwordstage.web.NonEmpty;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.OneOf;
import io.passwordstage.web.Sent;
import io.passwordstage.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code assign} and {@code unassign}, as authentik's
 * {@code PermissionAssignSerializer} reads it: permissions, and a model with an object's
 * pk for object permissions (both or neither). authentik's
 * {@code PatchedPermissionAssignRequest} is this schema without required keys.
 */
@Schema(name = "PermissionAssignRequest", description = "Request to assign a new permission",
		requiredProperties = "permissions")
record PermissionAssignRequest(
		@NotNull(message = REQUIRED) @ArraySchema(
				schema = @Schema(type = "string", minLength = 1)) List<@NonEmpty @NoNullCharacters String> permissions,
		@OneOf(AuthentikModel.class) @Schema(implementation = AuthentikModel.class) String model,
		@JsonProperty("object_pk") @NonEmpty @NoNullCharacters @Schema(minLength = 1) String objectPk,
		@Schema(hidden = true) Sent sent) {

	/**
	 * DRF's first step for the body: a ListField of CharFields, a ChoiceField, a
	 * CharField.
	 */
	@Component
	static class Step implements DrfStep<PermissionAssignRequest> {

		@Override
		public Class<PermissionAssignRequest> type() {
			return PermissionAssignRequest.class;
		}

		@Override
		public PermissionAssignRequest read(ObjectFields fields) {
			return new PermissionAssignRequest(fields.read("permissions", Step::texts),
					fields.read("model", DrfCoercion::choice), fields.read("object_pk", DrfCoercion::text),
					fields.sent());
		}

		/**
		 * Each item's text; the items that are not texts fail by their index, as DRF's.
		 */
		private static List<String> texts(JsonNode node) {
			List<String> texts = new ArrayList<>();
			Map<String, Object> errors = new LinkedHashMap<>();
			List<JsonNode> items = DrfCoercion.list(node);
			for (int i = 0; i < items.size(); i++) {
				try {
					texts.add(DrfCoercion.text(items.get(i)));
				}
				catch (FieldInvalid ex) {
					errors.put(Integer.toString(i), ex.detail());
					texts.add(null);
				}
			}
			if (!errors.isEmpty()) {
				throw new FieldInvalid(errors);
			}
			return texts;
		}

	}

	/** Whether the assignment is on one object rather than global. */
	boolean onObject() {
		return model != null;
	}

	/** authentik's serializer-level rules, after the fields' own. */
	void checkTogether() {
		if (sent.has("model") != sent.has("object_pk")) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(ErrorTexts.MODEL_AND_OBJECT_PK)));
		}
	}

}

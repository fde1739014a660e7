package io.passwordstage.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** An object that refers to a stage, and what deleting the stage does to it. */
@Schema(name = "UsedBy", description = "A list of all objects referencing the queried object",
		requiredProperties = { "action", "app", "model_name", "name", "pk" })
public record UsedBy(String app, @JsonProperty("model_name") String modelName, String pk, String name,
		@Schema(implementation = UsedByAction.class) String action) {

	/** What deleting the referenced object does to the referring one. */
	@Schema(name = "UsedByActionEnum", enumAsRef = true)
	enum UsedByAction implements WireEnum {

		CASCADE("cascade"), CASCADE_MANY("cascade_many"), SET_NULL("set_null"), SET_DEFAULT("set_default");

		private final String value;

		UsedByAction(String value) {
			this.value = value;
		}

		@Override
		@com.fasterxml.jackson.annotation.JsonValue
		public String value() {
			return value;
		}

	}

}

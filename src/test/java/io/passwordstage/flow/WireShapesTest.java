package io.passwordstage.flow;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2026.2 mix-ins turn the records' 2025.8 keys into 2026.2's: the accessors the
 * records hide are shown again, under their new names.
 */
class WireShapesTest {

	private static final JsonMapper LINE_2025 = JsonMapper.builder().build();

	private static final JsonMapper LINE_2026 = JsonMapper.builder()
		.addMixIn(FlowSet.class, FlowSet.Wire2026.class)
		.addMixIn(Flow.class, Flow.Wire2026.class)
		.build();

	private static final UUID PK = UUID.fromString("6c1d5a0e-7f3b-4e0a-9d7e-2b8f3c4a5d61");

	private static FlowSet flowSet() {
		return new FlowSet(PK, PK, "My Flow", "my-flow", "Welcome", "authentication", null, "any", false, "stacked",
				"message_continue");
	}

	private static Flow flow() {
		return new Flow(PK, PK, "My Flow", "my-flow", "Welcome", "authentication", null, List.of(), List.of(), "any",
				false, "stacked", "message_continue", "none");
	}

	@Test
	void flowSetCarriesBackgroundIn2025AndBackgroundUrlIn2026() {
		JsonNode old = LINE_2025.valueToTree(flowSet());
		JsonNode current = LINE_2026.valueToTree(flowSet());

		assertThat(old.propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug", "title",
				"designation", "background", "policy_engine_mode", "compatibility_mode", "export_url", "layout",
				"denied_action");
		assertThat(current.propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug", "title",
				"designation", "background_url", "policy_engine_mode", "compatibility_mode", "export_url", "layout",
				"denied_action");
		assertThat(current.get("background_url")).isEqualTo(old.get("background"));
	}

	@Test
	void flowCarriesTheStoredBackgroundAndItsUrlsIn2026() {
		JsonNode current = LINE_2026.valueToTree(flow());

		assertThat(current.propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug", "title",
				"designation", "background", "background_url", "background_themed_urls", "stages", "policies",
				"cache_count", "policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action",
				"authentication");
		assertThat(current.get("background").stringValue()).isEmpty();
		assertThat(current.get("background_url")).isEqualTo(LINE_2025.valueToTree(flow()).get("background"));
		assertThat(current.get("background_themed_urls").isNull()).isTrue();
	}

}

package io.passwordstage.allstages;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code AUTHENTIK_API_SCHEMA=2026.2}: flows in {@code flow_set} carry
 * {@code background_url} instead of {@code background}, and types carry
 * {@code deprecated}.
 */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class AllStages2026Test extends AllStagesTest {

	private static final String FLOW_SET_2026_KEYS = "pk,policybindingmodel_ptr_id,name,slug,title,designation,"
			+ "background_url,policy_engine_mode,compatibility_mode,export_url,layout,denied_action";

	@Test
	void flowSetItemsCarryBackgroundUrl() {
		String name = unique("all2026");
		String pk = createWithFlows(name, unique("all2026flow")).get("pk").stringValue();

		JsonNode listed = get(ALL + "?search=" + name).json().get("results").get(0);
		JsonNode retrieved = get(detail(pk)).json();

		for (JsonNode stage : new JsonNode[] { listed, retrieved }) {
			assertThat(String.join(",", keys(stage))).isEqualTo(STAGE_KEYS);
			JsonNode flow = stage.get("flow_set").get(0);
			assertThat(String.join(",", keys(flow))).isEqualTo(FLOW_SET_2026_KEYS);
			assertThat(flow.has("background")).isFalse();
			assertThat(flow.get("background_url").stringValue())
				.isEqualTo("/static/dist/assets/images/flow_background.jpg");
		}
		assertThat(listed).isEqualTo(retrieved);
	}

	@Test
	void typesCarryDeprecated() {
		Response response = get(ALL + "types/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[" + TypesAndUserSettingsTest.PASSWORD_TYPE + ",\"deprecated\":false}]");
	}

	@Test
	void userSettingsAreTheSameInBothLines() {
		assertThat(get(ALL + "user_settings/").status()).isEqualTo(200);
	}

}

package io.passwordstage.stage;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code used_by}: the stage's flows, then its bindings, in authentik's shape. */
class UsedByPasswordStageTest extends StageApiTest {

	@Test
	void boundStageIsUsedByItsFlowAndBinding() {
		String slug = unique("usedflow");
		JsonNode stage = createWithFlows(unique("used"), slug);
		String pk = stage.get("pk").stringValue();
		String flow = stage.get("flow_set").get(0).get("pk").stringValue();
		String binding = text("select fsb_uuid from authentik_flows_flowstagebinding where stage_id = '" + pk + "'");

		Response response = get(detail(pk) + "used_by/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"app\":\"authentik_flows\",\"model_name\":\"flow\",\"pk\":\"" + flow
				+ "\",\"name\":\"Flow Name " + slug + " (" + slug + ")\",\"action\":\"cascade_many\"},"
				+ "{\"app\":\"authentik_flows\",\"model_name\":\"flowstagebinding\",\"pk\":\"" + binding
				+ "\",\"name\":\"Flow-stage binding #10 to " + flow + "\",\"action\":\"cascade\"}]");
	}

	@Test
	void unboundStageIsUsedByNothing() {
		String pk = createNamed(unique("unused")).get("pk").stringValue();

		Response response = get(detail(pk) + "used_by/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void stageUnboundByAnUpdateIsUsedByNothing() {
		String pk = createWithFlows(unique("unbound"), unique("unboundflow")).get("pk").stringValue();
		assertThat(patch(detail(pk), "{\"flow_set\": []}").status()).isEqualTo(200);

		assertThat(get(detail(pk) + "used_by/").body()).isEqualTo("[]");
	}

	@Test
	void unknownStageIsNotFound() {
		Response response = get(detail(UUID.randomUUID().toString()) + "used_by/");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
	}

}

package io.passwordstage.stage;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.flowUuid;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code flow_set} item naming a flow that is not bound to the stage is a 400 that
 * changes nothing.
 */
class FlowSetConflictTest extends StageApiTest {

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void slugOfAFlowBoundElsewhereIsTakenAndNothingChanges(String method) {
		String name = unique("clash");
		String own = unique("clashown");
		String foreign = unique("clashforeign");
		String fresh = unique("clashfresh");
		JsonNode stage = createWithFlows(name, own);
		String pk = stage.get("pk").stringValue();
		String otherPk = createWithFlows(unique("clashother"), foreign).get("pk").stringValue();
		StageBody body = StageBody.body().name(unique("renamed"));
		if (method.equals("PUT")) {
			body.backends(Backend.TOKEN);
		}

		Response response = send(method, detail(pk), body.flows(fresh, foreign).json(), "application/json",
				BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"flow_set\":[{},{\"slug\":[\"Flow with this slug already exists.\"]}]}");
		assertThat(current(pk)).isEqualTo(stage);
		assertThat(flowsWithSlug(fresh)).isZero();
		assertThat(count("select count(*) from authentik_flows_flowstagebinding where stage_id = '" + otherPk
				+ "' and target_id = '" + flowUuid(foreign) + "'"))
			.isOne();
		assertThat(bindings(otherPk)).isOne();
	}

	@Test
	void slugOfAFlowNoLongerBoundIsTaken() {
		String name = unique("rebind");
		String slug = unique("rebindflow");
		String pk = createWithFlows(name, slug).get("pk").stringValue();
		assertThat(patch(detail(pk), "{\"flow_set\": []}").status()).isEqualTo(200);

		Response response = patch(detail(pk), StageBody.body().flows(slug).json());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"flow_set\":[{\"slug\":[\"Flow with this slug already exists.\"]}]}");
		assertThat(bindings(pk)).isZero();
		assertThat(flowsWithSlug(slug)).isOne();
	}

}

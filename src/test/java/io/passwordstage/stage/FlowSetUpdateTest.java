package io.passwordstage.stage;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.flowUuid;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code flow_set} in a PUT or PATCH is the desired set of flows bound to the stage.
 */
class FlowSetUpdateTest extends StageApiTest {

	private Response write(String method, String pk, String name, String flowSet) {
		StageBody body = method.equals("PUT") ? StageBody.stage(name) : StageBody.body();
		return send(method, detail(pk), body.raw("flow_set", flowSet).json(), "application/json", BOOTSTRAP_KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void boundSlugUpdatesThatFlowAndMayLeaveFieldsOut(String method) {
		String name = unique("upd");
		String slug = unique("updflow");
		String pk = createWithFlows(name, slug).get("pk").stringValue();
		String flow = flowUuid(slug);

		Response response = write(method, pk, name,
				"[{\"slug\": \"" + slug + "\", \"title\": \"New title\", \"compatibility_mode\": true}]");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode item = response.json().get("flow_set").get(0);
		assertThat(response.json().get("flow_set")).hasSize(1);
		assertThat(item.get("pk").stringValue()).isEqualTo(flow);
		assertThat(item.get("title").stringValue()).isEqualTo("New title");
		assertThat(item.get("compatibility_mode").booleanValue()).isTrue();
		assertThat(item.get("name").stringValue()).isEqualTo("Name " + slug);
		assertThat(item.get("designation").stringValue()).isEqualTo("authentication");
		assertThat(count("select count(*) from authentik_flows_flow where flow_uuid = '" + flow + "' and slug = '"
				+ slug + "' and title = 'New title' and name = 'Name " + slug
				+ "' and designation = 'authentication' and compatibility_mode"))
			.isOne();
		assertThat(count("select count(*) from authentik_flows_flowstagebinding where stage_id = '" + pk
				+ "' and target_id = '" + flow + "'"))
			.isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void newSlugCreatesAndBindsAFlow(String method) {
		String name = unique("add");
		String kept = unique("addkept");
		String added = unique("addnew");
		String pk = createWithFlows(name, kept).get("pk").stringValue();

		Response response = write(method, pk, name, "[{\"slug\": \"" + kept + "\"}, " + StageBody.flow(added) + "]");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("flow_set")).hasSize(2);
		assertThat(flowsWithSlug(added)).isOne();
		assertThat(bindings(pk)).isEqualTo(2);
		assertThat(count("select count(*) from authentik_flows_flowstagebinding where stage_id = '" + pk
				+ "' and target_id = '" + flowUuid(added) + "'"))
			.isOne();
		assertThat(current(pk).get("flow_set")).isEqualTo(response.json().get("flow_set"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void boundFlowsNotListedAreUnboundButStay(String method) {
		String name = unique("drop");
		String kept = unique("dropkept");
		String dropped = unique("dropped");
		String pk = createWithFlows(name, kept, dropped).get("pk").stringValue();
		String droppedFlow = flowUuid(dropped);

		Response response = write(method, pk, name, "[{\"slug\": \"" + kept + "\"}]");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("flow_set")).hasSize(1);
		assertThat(response.json().get("flow_set").get(0).get("slug").stringValue()).isEqualTo(kept);
		assertThat(bindings(pk)).isOne();
		assertThat(
				count("select count(*) from authentik_flows_flowstagebinding where target_id = '" + droppedFlow + "'"))
			.isZero();
		assertThat(count("select count(*) from authentik_flows_flow where flow_uuid = '" + droppedFlow + "'")).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void emptyFlowSetUnbindsAll(String method) {
		String name = unique("empty");
		String first = unique("emptya");
		String second = unique("emptyb");
		String pk = createWithFlows(name, first, second).get("pk").stringValue();

		Response response = write(method, pk, name, "[]");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("flow_set").toString()).isEqualTo("[]");
		assertThat(bindings(pk)).isZero();
		assertThat(flowsWithSlug(first)).isOne();
		assertThat(flowsWithSlug(second)).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void absentFlowSetLeavesBindingsAlone(String method) {
		String name = unique("absent");
		JsonNode stage = createWithFlows(name, unique("absenta"), unique("absentb"));
		String pk = stage.get("pk").stringValue();
		StageBody body = method.equals("PUT") ? StageBody.body().name(name) : StageBody.body();

		Response response = send(method, detail(pk), body.backends(Backend.TOKEN).json(), "application/json",
				BOOTSTRAP_KEY);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("flow_set")).isEqualTo(stage.get("flow_set"));
		assertThat(bindings(pk)).isEqualTo(2);
	}

}

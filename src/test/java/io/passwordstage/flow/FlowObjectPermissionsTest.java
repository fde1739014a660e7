package io.passwordstage.flow;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ObjectGrants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flows for a caller holding permissions on single flows: the list shows those, used_by
 * what the caller may view, and the export needs {@code export_flow} on the flow with the
 * view permissions of what the file holds.
 */
class FlowObjectPermissionsTest extends FlowTest {

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String VIEW = ApiPermission.VIEW_FLOW.value();

	private static final String EXPORT = ApiPermission.EXPORT_FLOW.value();

	@Test
	void theListShowsOnlyTheFlowsTheCallerMayView() {
		String prefix = unique("objflows");
		String seen = createFlow(prefix + "-a").get("pk").stringValue();
		createFlow(prefix + "-b");
		String key = ObjectGrants.callerOn(tokens, VIEW, seen);

		JsonNode page = as(key, FLOWS).json();

		assertThat(page.get("pagination").get("count").asInt()).isOne();
		assertThat(page.get("results").get(0).get("pk").stringValue()).isEqualTo(seen);
		assertThat(as(key, FLOWS + prefix + "-b/").status()).isEqualTo(404);
		assertThat(as(key, FLOWS + "?search=" + prefix + "-b").body()).isEqualTo(DENIED);
	}

	@Test
	void usedByListsOnlyWhatTheCallerMayView() {
		String slug = unique("objused");
		JsonNode bound = createStageInFlow(unique("objbound"), slug);
		String flow = bound.get("flow_set").get(0).get("pk").stringValue();
		String stage = bound.get("pk").stringValue();
		String flowOnly = ObjectGrants.callerOn(tokens, VIEW, flow);
		String identifier = unique("objstages");
		String withStage = ObjectGrants.caller(tokens, identifier);
		ObjectGrants.grant(identifier, VIEW, flow);
		ObjectGrants.grant(identifier, ApiPermission.VIEW_STAGE.value(), stage);

		assertThat(as(flowOnly, FLOWS + slug + "/used_by/").body()).isEqualTo("[]");
		assertThat(as(withStage, FLOWS + slug + "/used_by/").body())
			.isEqualTo("[{\"app\":\"authentik_flows\"," + "\"model_name\":\"stage\",\"pk\":\"" + stage
					+ "\",\"name\":\"Stage " + bound.get("name").stringValue() + "\",\"action\":\"cascade_many\"}]");
	}

	@Test
	void exportNeedsExportFlowOnTheFlowAndTheGlobalViewPermissions() {
		String slug = unique("objexport");
		String other = unique("objexportother");
		String flow = createStageInFlow(unique("objexported"), slug).get("flow_set").get(0).get("pk").stringValue();
		createFlow(other);
		String identifier = unique("exporter");
		String exporter = ObjectGrants.caller(tokens, identifier, VIEW, ApiPermission.VIEW_BINDING.value(),
				ApiPermission.VIEW_STAGE.value());
		ObjectGrants.grant(identifier, EXPORT, flow);
		String withoutViews = ObjectGrants.callerOn(tokens, EXPORT, flow);

		Response exported = as(exporter, FLOWS + slug + "/export/");

		assertThat(exported.status()).as(exported.body()).isEqualTo(200);
		assertThat(exported.body()).contains("slug: " + slug);
		assertThat(as(exporter, FLOWS + other + "/export/").body()).isEqualTo(DENIED);
		assertThat(as(exporter, FLOWS + unique("missing") + "/export/").body())
			.isEqualTo("{\"detail\":\"No Flow matches the given query.\"}");
		assertThat(as(withoutViews, FLOWS + slug + "/export/").body()).isEqualTo(DENIED);
		assertThat(send("GET", FLOWS + slug + "/export/", null, null, null).body())
			.isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
	}

	private Response as(String key, String path) {
		return send("GET", path, null, null, key);
	}

}

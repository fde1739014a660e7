package io.passwordstage.flow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What refers to a flow, and its blueprint export. */
class FlowUsedByAndExportTest extends FlowTest {

	@Test
	void usedByListsBindingsConfiguredStagesThenBoundStages() {
		String slug = unique("used");
		String boundName = unique("bound");
		String configuredName = unique("configured");
		JsonNode bound = createStageInFlow(boundName, slug);
		JsonNode flowSet = bound.get("flow_set").get(0);
		String flowPk = flowSet.get("pk").stringValue();
		JsonNode configured = post(STAGES, "{\"name\": \"" + configuredName
				+ "\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"], \"configure_flow\": \"" + flowPk + "\"}")
			.json();
		String bindingPk = TestDatabaseText.binding(bound.get("pk").stringValue());

		Response response = get(FLOWS + slug + "/used_by/");

		assertThat(response.body())
			.isEqualTo("[{\"app\":\"authentik_flows\",\"model_name\":\"flowstagebinding\",\"pk\":\"" + bindingPk
					+ "\",\"name\":\"Flow-stage binding #10 to " + flowPk + "\",\"action\":\"cascade\"},"
					+ "{\"app\":\"authentik_stages_password\",\"model_name\":\"passwordstage\",\"pk\":\""
					+ configured.get("pk").stringValue() + "\",\"name\":\"Stage " + configuredName
					+ "\",\"action\":\"set_null\"},{\"app\":\"authentik_flows\",\"model_name\":\"stage\",\"pk\":\""
					+ bound.get("pk").stringValue() + "\",\"name\":\"Stage " + boundName
					+ "\",\"action\":\"cascade_many\"}]");
		assertThat(get(FLOWS + unique("unused") + "/used_by/").status()).isEqualTo(404);
	}

	@Test
	void exportNeedsTheFlowsExportPermission() {
		String slug = unique("export-denied");
		createStageInFlow(unique("export-denied"), slug);
		String viewer = tokenWith(io.passwordstage.auth.ApiPermission.VIEW_FLOW);

		assertThat(send("GET", FLOWS + slug + "/export/", null, null, viewer).body())
			.isEqualTo("{\"detail\":\"You do not have permission to perform this action.\"}");
	}

	@Test
	void exportIsAuthentiksBlueprintOfTheFlowItsStagesAndBindings() {
		String slug = unique("export");
		String stageName = unique("exported");
		JsonNode stage = createStageInFlow(stageName, slug);
		String stagePk = stage.get("pk").stringValue();
		String flowPk = stage.get("flow_set").get(0).get("pk").stringValue();
		String bindingPk = TestDatabaseText.binding(stagePk);

		Response response = get(FLOWS + slug + "/export/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + slug + ".yaml\"");
		String yaml = response.body()
			.replaceAll("authentik Export - \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00",
					"authentik Export - NOW");
		assertThat(yaml).isEqualTo("""
				context: {}
				entries:
				- attrs:
				    authentication: none
				    denied_action: message_continue
				    designation: authentication
				    layout: stacked
				    name: Name %2$s
				    policy_engine_mode: any
				    title: Title %2$s
				  conditions: []
				  identifiers:
				    pk: %1$s
				    slug: %2$s
				  model: authentik_flows.flow
				  permissions: []
				  state: present
				- attrs:
				    backends:
				    - authentik.core.auth.InbuiltBackend
				    failed_attempts_before_cancel: 5
				  conditions: []
				  identifiers:
				    name: %3$s
				    pk: %4$s
				  model: authentik_stages_password.passwordstage
				  permissions: []
				  state: present
				- attrs:
				    invalid_response_action: retry
				    policy_engine_mode: any
				    re_evaluate_policies: true
				  conditions: []
				  identifiers:
				    order: 10
				    pk: %5$s
				    stage: %4$s
				    target: %1$s
				  model: authentik_flows.flowstagebinding
				  permissions: []
				  state: present
				metadata:
				  labels:
				    blueprints.goauthentik.io/generated: 'true'
				  name: authentik Export - NOW
				version: 1
				""".formatted(flowPk, slug, stageName, stagePk, bindingPk));
	}

	@Test
	void exportQuotesAndEscapesAsPyYaml() {
		String slug = unique("quoted");
		createFlowFrom("{\"name\": \"Caf\\u00e9\", \"slug\": \"" + slug
				+ "\", \"title\": \"true\", \"designation\": \"recovery\", \"compatibility_mode\": true}");

		String yaml = get(FLOWS + slug + "/export/").body();

		assertThat(yaml).contains("    compatibility_mode: true\n", "    name: \"Caf\\xE9\"\n", "    title: 'true'\n");
	}

	@Test
	void aPortableExportNamesObjectsByNaturalKeysOnly() {
		String slug = unique("portable");
		String configure = unique("configure");
		String configurePk = createFlowFrom("{\"name\": \"c\", \"slug\": \"" + configure
				+ "\", \"title\": \"t\", \"designation\": \"stage_configuration\"}")
			.get("pk")
			.stringValue();
		String stageName = unique("portable-stage");
		JsonNode stage = createStageInFlow(stageName, slug);
		assertThat(send("PATCH", STAGES + stage.get("pk").stringValue() + "/",
				"{\"configure_flow\": \"" + configurePk + "\"}", "application/json", BOOTSTRAP_KEY)
			.status()).isEqualTo(200);

		Response response = get(FLOWS + slug + "/export/?portable=true");

		assertThat(response.status()).isEqualTo(200);
		String yaml = response.body()
			.replaceAll("authentik Export - \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00",
					"authentik Export - NOW");
		assertThat(yaml).isEqualTo("""
				context: {}
				entries:
				- attrs:
				    authentication: none
				    denied_action: message_continue
				    designation: authentication
				    layout: stacked
				    name: %s
				    policy_engine_mode: any
				    title: %s
				  conditions: []
				  id: flow
				  identifiers:
				    slug: %s
				  model: authentik_flows.flow
				  permissions: []
				  state: present
				- attrs:
				    backends:
				    - authentik.core.auth.InbuiltBackend
				    configure_flow: !Find [authentik_flows.flow, [slug, %s]]
				    failed_attempts_before_cancel: 5
				  conditions: []
				  id: stage-1
				  identifiers:
				    name: %s
				  model: authentik_stages_password.passwordstage
				  permissions: []
				  state: present
				- attrs:
				    invalid_response_action: retry
				    policy_engine_mode: any
				    re_evaluate_policies: true
				  conditions: []
				  identifiers:
				    order: 10
				    stage: !KeyOf 'stage-1'
				    target: !KeyOf 'flow'
				  model: authentik_flows.flowstagebinding
				  permissions: []
				  state: present
				metadata:
				  labels:
				    blueprints.goauthentik.io/generated: 'true'
				    blueprints.goauthentik.io/portable: 'true'
				  name: authentik Export - NOW
				version: 1
				""".formatted("Name " + slug, "Title " + slug, slug, configure, stageName));
		assertThat(get(FLOWS + slug + "/export/?portable=maybe").body())
			.isEqualTo("{\"portable\":[\"Must be a valid boolean.\"]}");
	}

}

package io.passwordstage.stage;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/** POST round trips through HTTP, the Flyway schema and PostgreSQL. */
class CreatePasswordStageTest extends ApiTest {

	private static final String EXAMPLE = """
			{"name": "%s", "flow_set": [{"name": "Default authentication",
			  "slug": "%s", "title": "Welcome", "designation": "authentication",
			  "policy_engine_mode": "all", "compatibility_mode": true, "layout": "stacked",
			  "denied_action": "message_continue"}],
			 "backends": ["authentik.core.auth.InbuiltBackend"], "configure_flow": null,
			 "failed_attempts_before_cancel": 0, "allow_show_password": true}""";

	@Test
	void readmeExampleCreatesStageFlowAndBinding() {
		Response response = post(STAGES, EXAMPLE.formatted("default-password", "default-authentication"));

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.propertyNames()).containsExactly("pk", "name", "component", "verbose_name",
				"verbose_name_plural", "meta_model_name", "flow_set", "backends", "configure_flow",
				"failed_attempts_before_cancel", "allow_show_password");
		String pk = body.get("pk").stringValue();
		assertThat(body.get("name").stringValue()).isEqualTo("default-password");
		assertThat(body.get("component").stringValue()).isEqualTo("ak-stage-password-form");
		assertThat(body.get("verbose_name").stringValue()).isEqualTo("Password Stage");
		assertThat(body.get("verbose_name_plural").stringValue()).isEqualTo("Password Stages");
		assertThat(body.get("meta_model_name").stringValue()).isEqualTo("authentik_stages_password.passwordstage");
		assertThat(body.get("backends").toString()).isEqualTo("[\"" + Backend.INBUILT.value() + "\"]");
		assertThat(body.get("configure_flow").isNull()).isTrue();
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isZero();
		assertThat(body.get("allow_show_password").booleanValue()).isTrue();

		JsonNode flow = body.get("flow_set").get(0);
		assertThat(flow.propertyNames()).containsExactly("pk", "policybindingmodel_ptr_id", "name", "slug", "title",
				"designation", "background", "policy_engine_mode", "compatibility_mode", "export_url", "layout",
				"denied_action");
		assertThat(flow.get("pk").stringValue()).isNotEqualTo(flow.get("policybindingmodel_ptr_id").stringValue());
		assertThat(flow.get("background").stringValue()).isEqualTo("/static/dist/assets/images/flow_background.jpg");
		assertThat(flow.get("export_url").stringValue())
			.isEqualTo("/api/v3/flows/instances/default-authentication/export/");
		assertThat(flow.get("policy_engine_mode").stringValue()).isEqualTo("all");
		assertThat(flow.get("compatibility_mode").booleanValue()).isTrue();

		String flowPk = flow.get("pk").stringValue();
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk
				+ "' and name = 'default-password'"))
			.isOne();
		assertThat(count("select count(*) from authentik_stages_password_passwordstage where stage_ptr_id = '" + pk
				+ "' and backends = '{" + Backend.INBUILT.value() + "}' and failed_attempts_before_cancel = 0"
				+ " and allow_show_password and configure_flow_id is null"))
			.isOne();
		assertThat(count("select count(*) from authentik_flows_flow f join authentik_policies_policybindingmodel p"
				+ " on p.pbm_uuid = f.policybindingmodel_ptr_id where f.flow_uuid = '" + flowPk
				+ "' and f.slug = 'default-authentication' and p.policy_engine_mode = 'all'"
				+ " and f.designation = 'authentication' and f.compatibility_mode"))
			.isOne();
		assertThat(count("select count(*) from authentik_flows_flowstagebinding where stage_id = '" + pk
				+ "' and target_id = '" + flowPk + "'"))
			.isOne();
	}

	@Test
	void minimalBodyGetsAuthentikDefaults() {
		Response response = post(STAGES,
				StageBody.stage("  minimal-defaults  ").backends(Backend.TOKEN, Backend.TOKEN).json());

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		assertThat(body.get("name").stringValue()).isEqualTo("minimal-defaults");
		assertThat(body.get("flow_set").toString()).isEqualTo("[]");
		assertThat(body.get("backends")).hasSize(2);
		assertThat(body.get("configure_flow").isNull()).isTrue();
		assertThat(body.get("failed_attempts_before_cancel").intValue()).isEqualTo(5);
		assertThat(body.get("allow_show_password").booleanValue()).isFalse();
	}

	@Test
	void configureFlowPointsAtAnExistingFlow() {
		JsonNode first = post(STAGES, EXAMPLE.formatted("with-flow-source", "configure-target")).json();
		String flowPk = first.get("flow_set").get(0).get("pk").stringValue();

		Response response = post(STAGES, StageBody.stage("with-configure-flow").set("configure_flow", flowPk).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("configure_flow").stringValue()).isEqualTo(flowPk);
	}

	@Test
	void failingSecondFlowItemLeavesNothingBehind() {
		assertCreateRejected(StageBody.stage("atomic-stage").flows("atomic-first", "atomic-first").json(),
				"{\"flow_set\":[{},{\"slug\":[\"Flow with this slug already exists.\"]}]}");
	}

	@Test
	void secondItemFailingInTheDatabaseRollsBackTheFirst() {
		post(STAGES, EXAMPLE.formatted("owner-of-taken-slug", "already-taken-slug"));
		Response response = post(STAGES,
				StageBody.stage("atomic-db-stage").flows("atomic-db-first", "already-taken-slug").json());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"flow_set\":[{},{\"slug\":[\"Flow with this slug already exists.\"]}]}");
		assertThat(stagesNamed("atomic-db-stage")).isZero();
		assertThat(flowsWithSlug("atomic-db-first")).isZero();
	}

}

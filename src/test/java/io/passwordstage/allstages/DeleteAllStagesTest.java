package io.passwordstage.allstages;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.flowUuid;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.TestDatabase.count;
import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DELETE removes the password stage and its bindings, the flows stay, and the audit trail
 * records it as the password stage's own delete does.
 */
class DeleteAllStagesTest extends AllStagesTest {

	@Test
	void deleteRemovesStageAndBindingsButNotFlowsWithOneAuditEvent() {
		String first = unique("alldelflowa");
		String second = unique("alldelflowb");
		String name = unique("alldel");
		String pk = createWithFlows(name, first, second).get("pk").stringValue();

		Response response = delete(detail(pk));

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk + "'")).isZero();
		assertThat(
				count("select count(*) from authentik_stages_password_passwordstage where stage_ptr_id = '" + pk + "'"))
			.isZero();
		assertThat(bindings(pk)).isZero();
		assertThat(flowsWithSlug(first)).isOne();
		assertThat(flowsWithSlug(second)).isOne();
		assertThat(get(detail(pk)).body()).isEqualTo(NO_STAGE);
		String hex = pk.replace("-", "");
		assertThat(count("select count(*) from authentik_events_event where context->'model'->>'pk' = '" + hex + "'"
				+ " and action = 'model_deleted'"))
			.isOne();
		assertThat(text("select app || ' ' || (context->'model')::text || ' ' || (context->'http_request'->>'method')"
				+ " || ' ' || (context->'http_request'->>'path') from authentik_events_event"
				+ " where action = 'model_deleted' and context->'model'->>'pk' = '" + hex + "'"))
			.isEqualTo("authentik.events.middleware {\"pk\": \"" + hex
					+ "\", \"app\": \"authentik_stages_password\", \"name\": \"" + name
					+ "\", \"model_name\": \"passwordstage\"} DELETE " + detail(pk));
	}

	@Test
	void deleteWritesTheSameEventAsThePasswordStageDelete() {
		String viaAll = create(StageBody.stage(unique("allevent"))).get("pk").stringValue();
		String viaPassword = create(StageBody.stage(unique("allevent"))).get("pk").stringValue();

		assertThat(delete(detail(viaAll)).status()).isEqualTo(204);
		assertThat(delete(STAGES + viaPassword + "/").status()).isEqualTo(204);

		assertThat(eventShape(viaAll)).isEqualTo(eventShape(viaPassword));
	}

	/**
	 * The event of a stage's delete without what differs between two stages (the name and
	 * pk, also in the diff's previous values).
	 */
	private static String eventShape(String pk) {
		return text("select action || ' ' || app || ' ' || ((context->'model') - 'pk' - 'name')::text || ' '"
				+ " || (context - 'model' - 'http_request' - 'diff')::text || ' '"
				+ " || ((context->'diff') - 'name' - 'stage_uuid' - 'stage_ptr')::text || ' ' || (token_identifier is not null)"
				+ " from authentik_events_event where action = 'model_deleted'" + " and context->'model'->>'pk' = '"
				+ pk.replace("-", "") + "'");
	}

	@Test
	void secondDeleteIsNoStage() {
		String pk = create(StageBody.stage(unique("alltwice"))).get("pk").stringValue();
		assertThat(delete(detail(pk)).status()).isEqualTo(204);

		Response response = delete(detail(pk));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(NO_STAGE);
	}

	@Test
	void configureFlowOfAnotherStageSurvivesTheDelete() {
		String slug = unique("alldelcfg");
		String owner = createWithFlows(unique("allowner"), slug).get("pk").stringValue();
		String flow = flowUuid(slug);
		String configured = create(StageBody.stage(unique("allconfigured")).set("configure_flow", flow)).get("pk")
			.stringValue();

		assertThat(delete(detail(owner)).status()).isEqualTo(204);

		assertThat(get(STAGES + configured + "/").json().get("configure_flow").stringValue()).isEqualTo(flow);
	}

}

package io.passwordstage.stage;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.StoredRows.bindings;
import static io.passwordstage.support.StoredRows.flowUuid;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.TestDatabase.count;
import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/** DELETE removes the stage and its bindings; the flows stay. */
class DeletePasswordStageTest extends StageApiTest {

	@Test
	void deleteRemovesStageAndBindingsButNotFlows() {
		String first = unique("delflowa");
		String second = unique("delflowb");
		String pk = createWithFlows(unique("del"), first, second).get("pk").stringValue();
		String bindingModel = text("select policybindingmodel_ptr_id from authentik_flows_flowstagebinding"
				+ " where stage_id = '" + pk + "' limit 1");

		Response response = delete(detail(pk));

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk + "'")).isZero();
		assertThat(
				count("select count(*) from authentik_stages_password_passwordstage where stage_ptr_id = '" + pk + "'"))
			.isZero();
		assertThat(bindings(pk)).isZero();
		assertThat(count(
				"select count(*) from authentik_policies_policybindingmodel where pbm_uuid = '" + bindingModel + "'"))
			.isZero();
		assertThat(flowsWithSlug(first)).isOne();
		assertThat(flowsWithSlug(second)).isOne();
		assertThat(get(detail(pk)).status()).isEqualTo(404);
	}

	@Test
	void deleteOfAnUnboundStage() {
		String pk = createNamed(unique("delplain")).get("pk").stringValue();

		Response response = delete(detail(pk));

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(count("select count(*) from authentik_flows_stage where stage_uuid = '" + pk + "'")).isZero();
	}

	@Test
	void secondDeleteIsNotFound() {
		String pk = createNamed(unique("deltwice")).get("pk").stringValue();
		assertThat(delete(detail(pk)).status()).isEqualTo(204);

		Response response = delete(detail(pk));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
	}

	@Test
	void deleteOfAMalformedIdIsPlainNotFound() {
		Response response = delete(detail("abc"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
	}

	@Test
	void configureFlowOfAnotherStageSurvivesTheDelete() {
		String slug = unique("delcfg");
		String owner = createWithFlows(unique("delowner"), slug).get("pk").stringValue();
		String flow = flowUuid(slug);
		String configured = createStage(StageBody.stage(unique("delconfigured")).set("configure_flow", flow)).get("pk")
			.stringValue();

		assertThat(delete(detail(owner)).status()).isEqualTo(204);

		assertThat(current(configured).get("configure_flow").stringValue()).isEqualTo(flow);
	}

}

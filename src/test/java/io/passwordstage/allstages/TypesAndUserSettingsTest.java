package io.passwordstage.allstages;

import java.util.ArrayList;
import java.util.List;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.flowUuid;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code types} and {@code user_settings} actions, in the 2025.8 line. */
class TypesAndUserSettingsTest extends AllStagesTest {

	static final String PASSWORD_TYPE = "{\"name\":\"Password Stage\",\"description\":\"Prompts the user for their"
			+ " password, and validates it against the configured backends.\",\"component\":\"ak-stage-password-form\","
			+ "\"model_name\":\"passwordstage\",\"icon_url\":null,\"requires_enterprise\":false";

	@Test
	void typesIsThePasswordStageOnly() {
		Response response = get(ALL + "types/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[" + PASSWORD_TYPE + "}]");
	}

	@Test
	void typesIgnoresListParameters() {
		assertThat(get(ALL + "types/?page=9&search=zzz&ordering=-name").body()).isEqualTo("[" + PASSWORD_TYPE + "}]");
	}

	@Test
	void userSettingsListConfigurableStagesByName() {
		String prefix = unique("allsettings");
		String flow = flowUuid(flowOwner());
		String second = create(StageBody.stage(prefix + "-b").set("configure_flow", flow)).get("pk").stringValue();
		String first = create(StageBody.stage(prefix + "-a").set("configure_flow", flow)).get("pk").stringValue();
		String unconfigured = create(StageBody.stage(prefix + "-c")).get("pk").stringValue();

		Response response = get(ALL + "user_settings/");

		assertThat(response.status()).isEqualTo(200);
		List<String> mine = new ArrayList<>();
		for (JsonNode setting : response.json()) {
			String uid = setting.get("object_uid").stringValue();
			if (uid.equals(first) || uid.equals(second) || uid.equals(unconfigured)) {
				mine.add(setting.toString());
			}
		}
		assertThat(mine).containsExactly(setting(first), setting(second));
	}

	@Test
	void aStageWhoseConfigureFlowIsDeletedLeavesTheSettings() {
		String slug = unique("allsetflow");
		String owner = createWithFlows(unique("allsetowner"), slug).get("pk").stringValue();
		String configured = create(StageBody.stage(unique("allsetcfg")).set("configure_flow", flowUuid(slug))).get("pk")
			.stringValue();
		assertThat(get(ALL + "user_settings/").body()).contains(setting(configured));

		assertThat(send("PATCH", STAGES + configured + "/", "{\"configure_flow\": null}", "application/json",
				BOOTSTRAP_KEY)
			.status()).isEqualTo(200);

		assertThat(get(ALL + "user_settings/").body()).doesNotContain(configured).doesNotContain(owner);
	}

	static String setting(String pk) {
		return "{\"title\":\"Password Stage\",\"component\":\"ak-user-settings-password\",\"object_uid\":\"" + pk
				+ "\",\"configure_url\":\"/flows/-/configure/" + pk + "/\"}";
	}

	/** The slug of a new flow, bound to a stage of its own. */
	private String flowOwner() {
		String slug = unique("allsetflow");
		createWithFlows(unique("allsetowner"), slug);
		return slug;
	}

}

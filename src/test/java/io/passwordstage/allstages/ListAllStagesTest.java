package io.passwordstage.allstages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list: 7-key stages in authentik's envelope, the {@code name} filter and paging,
 * always narrowed to the test's own stages by a unique term.
 */
class ListAllStagesTest extends AllStagesTest {

	@Test
	void emptyResultHasAuthentiksExactEnvelope() {
		Response response = get(ALL + "?search=" + unique("nothing"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"pagination\":{\"next\":0,\"previous\":0,\"count\":0,\"current\":1,"
				+ "\"total_pages\":1,\"start_index\":0,\"end_index\":0},\"results\":[],\"autocomplete\":{}}");
	}

	@Test
	void resultsAreSevenKeyStagesWithTheirFlows() {
		String prefix = unique("allenv");
		JsonNode created = createWithFlows(prefix + "-one", unique("allenvflow"), unique("allenvflow"));

		Response response = get(ALL + "?search=" + prefix);

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(keys(body)).containsExactly("pagination", "results", "autocomplete");
		assertThat(body.get("pagination").toString()).isEqualTo("{\"next\":0,\"previous\":0,\"count\":1,\"current\":1,"
				+ "\"total_pages\":1,\"start_index\":1,\"end_index\":1}");
		JsonNode stage = body.get("results").get(0);
		assertThat(String.join(",", keys(stage))).isEqualTo(STAGE_KEYS);
		assertThat(stage).isEqualTo(asStage(created));
		assertThat(stage.get("component").stringValue()).isEqualTo("ak-stage-password-form");
		assertThat(stage.get("verbose_name").stringValue()).isEqualTo("Password Stage");
		assertThat(stage.get("verbose_name_plural").stringValue()).isEqualTo("Password Stages");
		assertThat(stage.get("meta_model_name").stringValue()).isEqualTo("authentik_stages_password.passwordstage");
		assertThat(stage.get("flow_set")).hasSize(2);
		assertThat(keys(stage.get("flow_set").get(0))).containsExactly("pk", "policybindingmodel_ptr_id", "name",
				"slug", "title", "designation", "background", "policy_engine_mode", "compatibility_mode", "export_url",
				"layout", "denied_action");
	}

	@Test
	void anUnboundStageHasAnEmptyFlowSet() {
		String prefix = unique("allplain");
		createNamed(prefix, "a");

		JsonNode stage = get(ALL + "?search=" + prefix).json().get("results").get(0);

		assertThat(stage.get("flow_set").toString()).isEqualTo("[]");
	}

	@Test
	void nameFilterIsExactAndCaseSensitive() {
		String prefix = unique("allname");
		createNamed(prefix, "a", "ab");

		assertThat(names(get(ALL + "?name=" + prefix + "-a").json())).isEqualTo(prefix + "-a");
		assertThat(names(get(ALL + "?name=" + prefix.toUpperCase() + "-A").json())).isEmpty();
		assertThat(names(get(ALL + "?name=" + prefix + "&search=" + prefix).json())).isEmpty();
		assertThat(names(get(ALL + "?name=&search=" + prefix).json())).isEqualTo(prefix + "-a," + prefix + "-ab");
	}

	@Test
	void pagesCarryPageNumbersAndItemPositions() {
		String prefix = unique("allpages");
		createNamed(prefix, "a", "b", "c");

		JsonNode first = get(ALL + "?search=" + prefix + "&page_size=2").json();
		JsonNode second = get(ALL + "?search=" + prefix + "&page_size=2&page=2").json();
		JsonNode last = get(ALL + "?search=" + prefix + "&page_size=2&page=last").json();

		assertThat(first.get("pagination").toString()).isEqualTo("{\"next\":2,\"previous\":0,\"count\":3,\"current\":1,"
				+ "\"total_pages\":2,\"start_index\":1,\"end_index\":2}");
		assertThat(names(first)).isEqualTo(prefix + "-a," + prefix + "-b");
		assertThat(second.get("pagination").toString()).isEqualTo("{\"next\":0,\"previous\":1,\"count\":3,"
				+ "\"current\":2,\"total_pages\":2,\"start_index\":3,\"end_index\":3}");
		assertThat(names(second)).isEqualTo(prefix + "-c");
		assertThat(last).isEqualTo(second);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "3", "abc", "1.5", "99999999999999999999999" })
	void pageOutsideTheListIsInvalidPage(String page) {
		String prefix = unique("allbadpage");
		createNamed(prefix, "a", "b");

		Response response = get(ALL + "?search=" + prefix + "&page=" + page);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "abc", "99999999999999999999" })
	void oddPageSizesFallBackOrClamp(String pageSize) {
		String prefix = unique("allsize");
		createNamed(prefix, "a", "b");

		Response response = get(ALL + "?search=" + prefix + "&page_size=" + pageSize);

		assertThat(response.status()).isEqualTo(200);
		assertThat(names(response.json())).isEqualTo(prefix + "-a," + prefix + "-b");
	}

}

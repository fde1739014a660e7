package io.passwordstage.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.execute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's envelope and paging, always narrowed to the test's own stages by a unique
 * search term.
 */
class ListPasswordStagesTest extends StageApiTest {

	@Test
	void emptyResultHasAuthentiksExactEnvelope() {
		Response response = get(STAGES + "?search=" + unique("nothing"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"pagination\":{\"next\":0,\"previous\":0,\"count\":0,\"current\":1,"
				+ "\"total_pages\":1,\"start_index\":0,\"end_index\":0},\"results\":[],\"autocomplete\":{}}");
	}

	@Test
	void resultsAreFullStagesInsideTheEnvelope() {
		String prefix = unique("env");
		JsonNode created = createWithFlows(prefix + "-one", unique("envflow"));

		Response response = get(STAGES + "?search=" + prefix);

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.propertyNames()).containsExactly("pagination", "results", "autocomplete");
		assertThat(body.get("pagination").toString()).isEqualTo("{\"next\":0,\"previous\":0,\"count\":1,\"current\":1,"
				+ "\"total_pages\":1,\"start_index\":1,\"end_index\":1}");
		assertThat(body.get("results")).hasSize(1);
		assertThat(body.get("results").get(0)).isEqualTo(created);
		assertThat(body.get("autocomplete").toString()).isEqualTo("{}");
	}

	@Test
	void pagesCarryPageNumbersAndItemPositions() {
		String prefix = unique("pages");
		createNamed(prefix, "a", "b", "c");

		JsonNode first = get(STAGES + "?search=" + prefix + "&page_size=2").json();
		JsonNode second = get(STAGES + "?search=" + prefix + "&page_size=2&page=2").json();

		assertThat(first.get("pagination").toString()).isEqualTo("{\"next\":2,\"previous\":0,\"count\":3,\"current\":1,"
				+ "\"total_pages\":2,\"start_index\":1,\"end_index\":2}");
		assertThat(names(first)).isEqualTo(prefix + "-a," + prefix + "-b");
		assertThat(second.get("pagination").toString()).isEqualTo("{\"next\":0,\"previous\":1,\"count\":3,"
				+ "\"current\":2,\"total_pages\":2,\"start_index\":3,\"end_index\":3}");
		assertThat(names(second)).isEqualTo(prefix + "-c");
		first.get("pagination").forEach(number -> assertThat(number.isNumber()).isTrue());
	}

	@Test
	void middlePageHasBothNeighbours() {
		String prefix = unique("middle");
		createNamed(prefix, "a", "b", "c");

		JsonNode body = get(STAGES + "?search=" + prefix + "&page_size=1&page=2").json();

		assertThat(body.get("pagination").toString()).isEqualTo("{\"next\":3,\"previous\":1,\"count\":3,\"current\":2,"
				+ "\"total_pages\":3,\"start_index\":2,\"end_index\":2}");
		assertThat(names(body)).isEqualTo(prefix + "-b");
	}

	@Test
	void pageLastIsTheLastPage() {
		String prefix = unique("last");
		createNamed(prefix, "a", "b", "c");

		Response response = get(STAGES + "?search=" + prefix + "&page_size=2&page=last");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("pagination").get("current").intValue()).isEqualTo(2);
		assertThat(names(response.json())).isEqualTo(prefix + "-c");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "0", "-1", "abc", "99" })
	void pageOutOfRangeOrNotANumberIsInvalid(String page) {
		String prefix = unique("badpage");
		createNamed(prefix, "a", "b");

		Response response = get(STAGES + "?search=" + prefix + "&page_size=1&page=" + page);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "abc" })
	void unusablePageSizeFallsBackToOneHundred(String pageSize) {
		String prefix = unique("size");
		execute("insert into authentik_flows_stage (stage_uuid, name) select gen_random_uuid(), '" + prefix
				+ "-' || lpad(i::text, 3, '0') from generate_series(1, 101) i");
		execute("insert into authentik_stages_password_passwordstage (stage_ptr_id, backends) select stage_uuid,"
				+ " '{" + Backend.INBUILT.value() + "}' from authentik_flows_stage where name like '" + prefix + "-%'");

		Response response = get(STAGES + "?search=" + prefix + "&page_size=" + pageSize);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("pagination").toString()).isEqualTo("{\"next\":2,\"previous\":0,\"count\":101,"
				+ "\"current\":1,\"total_pages\":2,\"start_index\":1,\"end_index\":100}");
		assertThat(response.json().get("results")).hasSize(100);
	}

	@Test
	void listWithoutTrailingSlashIsAJsonNotFound() {
		Response response = get("/api/v3/stages/password");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).contains("json");
		assertThat(response.json().get("detail").isString()).isTrue();
	}

	/** Stages named {@code <prefix>-<suffix>}, one per suffix. */
	private void createNamed(String prefix, String... suffixes) {
		for (String suffix : suffixes) {
			createNamed(prefix + "-" + suffix);
		}
	}

	static String names(JsonNode list) {
		StringBuilder names = new StringBuilder();
		list.get("results")
			.forEach(stage -> names.append(names.isEmpty() ? "" : ",").append(stage.get("name").stringValue()));
		return names.toString();
	}

}

package io.passwordstage.flow;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow list's filters, search, ordering and paging, as authentik's. */
class FlowListTest extends FlowTest {

	private List<String> slugs(String query) {
		Response response = get(FLOWS + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("results").spliterator(), false)
			.map(flow -> flow.get("slug").stringValue())
			.toList();
	}

	@Test
	void filtersByDesignationSlugNameAndUuid() {
		String tag = unique("lst").replace("-", "");
		String a = tag + "-a";
		String b = tag + "-b";
		JsonNode first = createFlowFrom("{\"name\": \"" + tag + " A\", \"slug\": \"" + a
				+ "\", \"title\": \"t\", \"designation\": \"stage_configuration\"}");
		createFlowFrom("{\"name\": \"" + tag + " B\", \"slug\": \"" + b
				+ "\", \"title\": \"t\", \"designation\": \"authentication\", \"denied_action\": \"continue\"}");

		assertThat(slugs("?designation=stage_configuration&ordering=slug&search=" + tag)).containsExactly(a);
		assertThat(slugs("?slug=" + b)).containsExactly(b);
		assertThat(slugs("?name=" + tag + "%20A")).containsExactly(a);
		assertThat(slugs("?flow_uuid=" + first.get("pk").stringValue())).containsExactly(a);
		assertThat(slugs("?denied_action=continue&search=" + tag)).containsExactly(b);
		assertThat(slugs("?designation=&search=" + tag)).containsExactly(a, b);
	}

	@Test
	void badFilterValuesAreDjangoFilterErrors() {
		assertThat(get(FLOWS + "?flow_uuid=nope").body()).isEqualTo("{\"flow_uuid\":[\"Enter a valid UUID.\"]}");
		assertThat(get(FLOWS + "?designation=foo&denied_action=bar").body())
			.isEqualTo("{\"designation\":[\"Select a valid choice. foo is not one of the available choices.\"],"
					+ "\"denied_action\":[\"Select a valid choice. bar is not one of the available choices.\"]}");
	}

	@Test
	void searchMatchesAnyFieldForEveryTermAndOrderingIgnoresWhatCannotBeSorted() {
		String tag = unique("srch").replace("-", "");
		createFlowFrom("{\"name\": \"Zeta\", \"slug\": \"" + tag + "-1\", \"title\": \"Hello " + tag
				+ "\", \"designation\": \"recovery\"}");
		createFlowFrom("{\"name\": \"Alpha " + tag + "\", \"slug\": \"" + tag
				+ "-2\", \"title\": \"t\", \"designation\": \"recovery\"}");

		assertThat(slugs("?search=" + tag.toUpperCase() + "%20recov")).containsExactly(tag + "-1", tag + "-2");
		assertThat(slugs("?search=" + tag + ",hello")).containsExactly(tag + "-1");
		assertThat(slugs("?search=" + tag + "&ordering=name")).containsExactly(tag + "-2", tag + "-1");
		assertThat(slugs("?search=" + tag + "&ordering=-slug")).containsExactly(tag + "-2", tag + "-1");
		assertThat(slugs("?search=" + tag + "&ordering=background_url,stages,nonsense")).containsExactly(tag + "-1",
				tag + "-2");
	}

	@Test
	void pagesInAuthentiksEnvelope() {
		String tag = unique("page").replace("-", "");
		for (int i = 0; i < 3; i++) {
			createFlow(tag + "-" + i);
		}

		JsonNode page = get(FLOWS + "?search=" + tag + "&page=2&page_size=2").json();

		assertThat(page.get("pagination").toString()).isEqualTo(
				"{\"next\":0,\"previous\":1,\"count\":3,\"current\":2,\"total_pages\":2,\"start_index\":3,\"end_index\":3}");
		assertThat(page.get("results").get(0).get("slug").stringValue()).isEqualTo(tag + "-2");
		assertThat(page.get("autocomplete").toString()).isEqualTo("{}");
		assertThat(get(FLOWS + "?page=99").body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
	}

}

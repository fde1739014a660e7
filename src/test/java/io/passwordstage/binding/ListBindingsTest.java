package io.passwordstage.binding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.binding.BindingValidationTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** The list: envelope, every filter and its 400 texts, search, ordering and paging. */
class ListBindingsTest extends BindingApiTest {

	private String flow;

	private String otherFlow;

	private String alpha;

	private String beta;

	private List<String> pks;

	/**
	 * Three bindings in a flow of their own: alpha at 20, beta at 10 (planned, all,
	 * restart), alpha at 30; one more of beta in another flow at 5.
	 */
	@BeforeEach
	void bindings() {
		flow = flow(unique("listflow"));
		otherFlow = flow(unique("listother"));
		String prefix = unique("lst");
		alpha = stage(prefix + " alpha");
		beta = stage(prefix + " beta");
		pks = new ArrayList<>();
		pks.add(bind(flow, alpha, 20).get("pk").stringValue());
		pks.add(create("{\"target\": \"" + flow + "\", \"stage\": \"" + beta + "\", \"order\": 10, "
				+ "\"evaluate_on_plan\": true, \"policy_engine_mode\": \"all\", \"invalid_response_action\": \"restart\"}")
			.get("pk")
			.stringValue());
		pks.add(bind(flow, alpha, 30).get("pk").stringValue());
		pks.add(bind(otherFlow, beta, 5).get("pk").stringValue());
	}

	private Response list(String query) {
		return get(BINDINGS + "?" + query);
	}

	private List<String> pksOf(String query) {
		Response response = list(query);
		assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
		List<String> result = new ArrayList<>();
		response.json().get("results").forEach(item -> result.add(item.get("pk").stringValue()));
		return result;
	}

	@Test
	void theAdminUisStageBindingsTab() {
		Response response = list("ordering=order&page=1&page_size=20&target=" + flow);

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.propertyNames()).containsExactly("pagination", "results", "autocomplete");
		assertThat(body.get("pagination").toString()).isEqualTo(
				"{\"next\":0,\"previous\":0,\"count\":3,\"current\":1,\"total_pages\":1,\"start_index\":1,\"end_index\":3}");
		assertThat(body.get("autocomplete").toString()).isEqualTo("{}");
		assertThat(pksOf("ordering=order&page=1&page_size=20&target=" + flow)).containsExactly(pks.get(1), pks.get(0),
				pks.get(2));
		assertThat(body.get("results").get(0)).isEqualTo(current(pks.get(1)));
	}

	@Test
	void filtersAndTogether() {
		assertThat(pksOf("stage=" + beta)).containsExactly(pks.get(3), pks.get(1));
		assertThat(pksOf("stage=" + alpha + "&order=30")).containsExactly(pks.get(2));
		assertThat(pksOf("target=" + flow + "&evaluate_on_plan=TRUE")).containsExactly(pks.get(1));
		assertThat(pksOf("target=" + flow + "&evaluate_on_plan=0")).containsExactly(pks.get(0), pks.get(2));
		assertThat(pksOf("target=" + flow + "&evaluate_on_plan=maybe")).hasSize(3);
		assertThat(pksOf("target=" + flow + "&re_evaluate_policies=1")).hasSize(3);
		assertThat(pksOf("target=" + flow + "&policy_engine_mode=all")).containsExactly(pks.get(1));
		assertThat(pksOf("target=" + flow + "&invalid_response_action=retry")).containsExactly(pks.get(0), pks.get(2));
		assertThat(pksOf("fsb_uuid=" + pks.get(2))).containsExactly(pks.get(2));
		assertThat(pksOf("fsb_uuid=" + UUID.randomUUID())).isEmpty();
		String pbm = current(pks.get(0)).get("policybindingmodel_ptr_id").stringValue();
		assertThat(pksOf("pbm_uuid=" + pbm)).containsExactly(pks.get(0));
		assertThat(pksOf("target=" + flow + "&order=20.0")).containsExactly(pks.get(0));
		assertThat(pksOf("target=" + flow + "&order=20.5")).isEmpty();
		assertThat(pksOf("target=" + flow + "&order=99999999999")).isEmpty();
		assertThat(pksOf("target=" + flow + "&stage=&order=&policy_engine_mode=&fsb_uuid=")).hasSize(3);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "fsb_uuid=foo|fsb_uuid|Enter a valid UUID.",
			"pbm_uuid=1234|pbm_uuid|Enter a valid UUID.",
			"target=foo|target|Select a valid choice. That choice is not one of the available choices.",
			"target=0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d|target|Select a valid choice. That choice is not one of the available choices.",
			"stage=0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d|stage|Select a valid choice. That choice is not one of the available choices.",
			"policies=0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d|policies|Select a valid choice. 0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d is not one of the available choices.",
			"policies=foo|policies|\u201cfoo\u201d is not a valid UUID.",
			"policy_engine_mode=foo|policy_engine_mode|Select a valid choice. foo is not one of the available choices.",
			"invalid_response_action=foo|invalid_response_action|Select a valid choice. foo is not one of the available choices.",
			"order=abc|order|Enter a number." })
	void badFilterValuesAre400(String query, String key, String message) {
		Response response = list(query);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors(key, message));
	}

	@Test
	void everyBadFilterIsReportedAtOnce() {
		Response response = list("order=x&fsb_uuid=x&target=x&policy_engine_mode=x");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("order", "fsb_uuid", "target",
				"policy_engine_mode");
	}

	@Test
	void searchMatchesTheStagesName() {
		String name = current(pks.get(0)).get("stage_obj").get("name").stringValue();
		String prefix = name.substring(0, name.indexOf(' '));

		assertThat(pksOf("search=" + encode(prefix.toUpperCase(java.util.Locale.ROOT) + ", ALPHA")))
			.containsExactly(pks.get(0), pks.get(2));
		assertThat(pksOf("search=" + encode(prefix))).hasSize(4);
		assertThat(pksOf("search=" + encode(prefix + " gamma"))).isEmpty();
		assertThat(pksOf("search=" + encode("%_" + prefix))).isEmpty();
	}

	@Test
	void orderingByOrderAndStageName() {
		String mine = "target=" + flow + "&ordering=";
		assertThat(pksOf(mine + "-order")).containsExactly(pks.get(2), pks.get(0), pks.get(1));
		assertThat(pksOf(mine + "stage__name,-order")).containsExactly(pks.get(2), pks.get(0), pks.get(1));
		assertThat(pksOf(mine + "-stage__name,order")).containsExactly(pks.get(1), pks.get(0), pks.get(2));
		assertThat(pksOf(mine + "target,pk,nonsense")).containsExactly(pks.get(1), pks.get(0), pks.get(2));
		assertThat(pksOf(mine + "nonsense,-order")).containsExactly(pks.get(2), pks.get(0), pks.get(1));
	}

	@Test
	void pages() {
		Response second = list("target=" + flow + "&page_size=2&page=2");

		assertThat(second.json().get("pagination").toString()).isEqualTo(
				"{\"next\":0,\"previous\":1,\"count\":3,\"current\":2,\"total_pages\":2,\"start_index\":3,\"end_index\":3}");
		assertThat(pksOf("target=" + flow + "&page_size=2&page=last")).containsExactly(pks.get(2));
		Response beyond = list("target=" + flow + "&page=3");
		assertThat(beyond.status()).isEqualTo(404);
		assertThat(beyond.body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

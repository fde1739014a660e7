package io.passwordstage.allstages;

import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.StoredRows.flowUuid;
import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Retrieve and used_by of one stage, their 404s, and the 405 of writes. */
class StageRoutesTest extends AllStagesTest {

	@Test
	void retrieveIsTheSevenKeyStage() {
		JsonNode created = createWithFlows(unique("allget"), unique("allgetflow"));
		String pk = created.get("pk").stringValue();

		Response response = get(detail(pk));

		assertThat(response.status()).isEqualTo(200);
		assertThat(String.join(",", keys(response.json()))).isEqualTo(STAGE_KEYS);
		assertThat(response.json()).isEqualTo(asStage(created));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "used_by/" })
	void unknownUuidIsNoStage(String action) {
		Response response = get(detail(UUID.randomUUID().toString()) + action);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(NO_STAGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1234", "a.b", "00000000-0000-0000-0000-00000000000g", "%E2%82%AC",
			"'%20or%201=1--", "%7B0000%7D", "types.json" })
	void malformedIdIsPlainNotFound(String id) {
		for (String path : new String[] { detail(id), detail(id) + "used_by/" }) {
			Response response = get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).isEqualTo(NOT_FOUND);
		}
		Response deleted = delete(detail(id));
		assertThat(deleted.status()).isEqualTo(404);
		assertThat(deleted.body()).isEqualTo(NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00", "..%2F..", "%2F", "a%5Cb", "%C3%28", "%2527" })
	void hostilePathsAreA4xxWithJson(String id) {
		for (String method : new String[] { "GET", "DELETE" }) {
			Response response = send(method, detail(id), null, null, BOOTSTRAP_KEY);
			assertThat(response.status()).as(method + " " + id).isBetween(400, 499);
			assertThat(response.json().get("detail").isString()).as(response.body()).isTrue();
		}
	}

	@Test
	void malformedUuidsAnswerNotFoundExactly() {
		assertThat(get(detail("abc")).body()).isEqualTo(NOT_FOUND);
		assertThat(get(detail("abc") + "used_by/").body()).isEqualTo(NOT_FOUND);
		assertThat(delete(detail("abc")).body()).isEqualTo(NOT_FOUND);
		assertThat(get(detail("abc")).status()).isEqualTo(404);
	}

	@Test
	void usedByListsFlowsThenBindings() {
		String slug = unique("allusedflow");
		JsonNode created = createWithFlows(unique("allused"), slug);
		String pk = created.get("pk").stringValue();
		String flow = flowUuid(slug);
		String binding = text("select fsb_uuid from authentik_flows_flowstagebinding where stage_id = '" + pk + "'");
		String order = text("select \"order\" from authentik_flows_flowstagebinding where stage_id = '" + pk + "'");

		Response response = get(detail(pk) + "used_by/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"app\":\"authentik_flows\",\"model_name\":\"flow\",\"pk\":\"" + flow
				+ "\",\"name\":\"Flow Name " + slug + " (" + slug + ")\",\"action\":\"cascade_many\"},"
				+ "{\"app\":\"authentik_flows\",\"model_name\":\"flowstagebinding\",\"pk\":\"" + binding
				+ "\",\"name\":\"Flow-stage binding #" + order + " to " + flow + "\",\"action\":\"cascade\"}]");
		assertThat(response.body()).isEqualTo(get(STAGES + pk + "/used_by/").body());
	}

	@Test
	void usedByOfAnUnboundStageIsEmpty() {
		String pk = create(StageBody.stage(unique("allunused"))).get("pk").stringValue();

		assertThat(get(detail(pk) + "used_by/").body()).isEqualTo("[]");
	}

	@ParameterizedTest
	@CsvSource({ "POST,''", "PUT,PK", "PATCH,PK", "POST,PK", "PUT,''", "PATCH,''", "POST,types/", "POST,user_settings/",
			"PUT,PK/used_by/", "DELETE,''" })
	void writesAreMethodNotAllowed(String method, String path) {
		JsonNode created = createWithFlows(unique("all405"), unique("all405flow"));
		String pk = created.get("pk").stringValue();

		Response response = send(method, ALL + path.replace("PK", pk + "/").replace("//", "/"),
				StageBody.stage(unique("all405new")).json(), "application/json", BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"" + method + "\\\" not allowed.\"}");
		assertThat(get(detail(pk)).json()).isEqualTo(asStage(created));
	}

}

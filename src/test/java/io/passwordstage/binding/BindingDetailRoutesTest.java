package io.passwordstage.binding;

import java.util.UUID;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Retrieve, destroy and used_by, and the 404s of every route on one binding. */
class BindingDetailRoutesTest extends BindingApiTest {

	private static final String NO_MATCH = "{\"detail\":\"No FlowStageBinding matches the given query.\"}";

	private static final String NOT_FOUND = "{\"detail\":\"Not found.\"}";

	@Test
	void deleteRemovesTheBindingAndItsPolicyBindingModelButNotFlowOrStage() {
		String flow = flow(unique("delflow"));
		String stage = stage(unique("delstage"));
		JsonNode binding = bind(flow, stage, 6);
		String pk = binding.get("pk").stringValue();
		UUID pbm = UUID.fromString(binding.get("policybindingmodel_ptr_id").stringValue());

		Response response = send("DELETE", detail(pk), null, null, BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(get(detail(pk)).body()).isEqualTo(NO_MATCH);
		assertThat(TestDatabase.count("select count(*) from authentik_policies_policybindingmodel where pbm_uuid = ?",
				pbm))
			.isZero();
		assertThat(TestDatabase.count("select count(*) from authentik_flows_flow where flow_uuid = ?::uuid", flow))
			.isOne();
		assertThat(get(STAGES + stage + "/").json().get("flow_set")).isEmpty();
		assertThat(auditName("model_deleted", pk)).isEqualTo("Flow-stage binding #6 to " + flow);
		Response again = send("DELETE", detail(pk), null, null, BOOTSTRAP_KEY);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.body()).isEqualTo(NO_MATCH);
	}

	@Test
	void usedByIsEmpty() {
		String pk = bind(flow(unique("usedflow")), stage(unique("usedstage")), 1).get("pk").stringValue();

		Response response = get(detail(pk) + "used_by/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void retrieveTakesDjangosUuidSpellings() {
		JsonNode binding = bind(flow(unique("spellflow")), stage(unique("spellstage")), 1);
		String pk = binding.get("pk").stringValue();

		assertThat(get(detail(pk.replace("-", ""))).json()).isEqualTo(binding);
		assertThat(get(detail(pk.toUpperCase(java.util.Locale.ROOT))).json()).isEqualTo(binding);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "PATCH", "DELETE", "USED_BY" })
	void unknownUuidIsNoMatchAndMalformedIsNotFound(String route) {
		String before = rows();
		for (String[] id : new String[][] { { UUID.randomUUID().toString(), NO_MATCH }, { "foo", NOT_FOUND },
				{ "1.5", NOT_FOUND } }) {
			String path = detail(id[0]) + (route.equals("USED_BY") ? "used_by/" : "");
			String method = route.equals("USED_BY") ? "GET" : route;
			Response response = send(method, path, method.startsWith("P") ? "{\"order\": 1}" : null,
					method.startsWith("P") ? "application/json" : null, BOOTSTRAP_KEY);
			assertThat(response.status()).as(route + " " + id[0]).isEqualTo(404);
			assertThat(response.body()).as(route + " " + id[0]).isEqualTo(id[1]);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aMalformedBodyOnAnUnknownBindingIsNoMatch() {
		Response response = write("PATCH", detail(UUID.randomUUID().toString()), "{nope");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(NO_MATCH);
	}

	@Test
	void aMalformedBodyChangesNothing() {
		String pk = bind(flow(unique("badbodyflow")), stage(unique("badbodystage")), 1).get("pk").stringValue();
		String before = rows();

		Response parse = write("PATCH", detail(pk), "{nope");
		Response media = send("PUT", detail(pk), "order=1", "application/x-www-form-urlencoded", BOOTSTRAP_KEY);

		assertThat(parse.status()).isEqualTo(400);
		assertThat(parse.json().get("detail").stringValue()).startsWith("JSON parse error - ");
		assertThat(media.status()).isEqualTo(415);
		assertThat(rows()).isEqualTo(before);
	}

}

package io.passwordstage.binding;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the binding tests: flows inserted as rows, password stages created through
 * the API, bindings created as the superuser, and the rows a request must not change.
 */
abstract class BindingApiTest extends ApiTest {

	static final String BINDINGS = "/api/v3/flows/bindings/";

	static String unique(String label) {
		return label + UUID.randomUUID().toString().substring(0, 8);
	}

	static String detail(String pk) {
		return BINDINGS + pk + "/";
	}

	/** A new authentication flow (with its own policy-binding-model row); its pk. */
	static String flow(String slug) {
		UUID flow = UUID.randomUUID();
		UUID pbm = UUID.randomUUID();
		TestDatabase.execute("insert into authentik_policies_policybindingmodel (pbm_uuid) values (?)", pbm);
		TestDatabase.execute("""
				insert into authentik_flows_flow (flow_uuid, policybindingmodel_ptr_id, name, slug, title, designation)
				values (?, ?, ?, ?, ?, 'authentication')""", flow, pbm, "Name " + slug, slug, "Title " + slug);
		return flow.toString();
	}

	/** A new password stage bound to no flow; its pk. */
	String stage(String name) {
		Response response = post(ApiTest.STAGES, StageBody.stage(name).json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("pk").stringValue();
	}

	/** A binding created as the superuser. */
	JsonNode bind(String target, String stage, int order) {
		return create("{\"target\": \"" + target + "\", \"stage\": \"" + stage + "\", \"order\": " + order + "}");
	}

	JsonNode create(String body) {
		Response response = post(BINDINGS, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response write(String method, String path, String json) {
		return send(method, path, json, "application/json", BOOTSTRAP_KEY);
	}

	/** The binding as the API shows it now. */
	JsonNode current(String pk) {
		Response response = get(detail(pk));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/**
	 * Every binding and policy-binding-model row and every audit event, as one text:
	 * equal before and after a request that must change nothing.
	 */
	static String rows() {
		return TestDatabase.text("""
				select concat_ws(' | ',
				(select string_agg(t::text, ',' order by t::text) from authentik_flows_flowstagebinding t),
				(select string_agg(t::text, ',' order by t::text) from authentik_policies_policybindingmodel t),
				(select count(*) from authentik_events_event))""");
	}

	/** The names of the audit events about one binding, by action. */
	static String auditName(String action, String pk) {
		return TestDatabase.text("""
				select string_agg(context -> 'model' ->> 'name', ';') from authentik_events_event
				where action = ? and context -> 'model' ->> 'model_name' = 'flowstagebinding'
				and context -> 'model' ->> 'app' = 'authentik_flows' and context -> 'model' ->> 'pk' = ?""", action,
				pk.replace("-", ""));
	}

}

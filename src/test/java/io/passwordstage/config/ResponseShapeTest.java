package io.passwordstage.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response object of the stage, flow, binding, stages-list, token and user routes
 * decodes with the chosen line's schema as authentik's Go clients decode it (see
 * {@link ResponseShapes}): this class for 2025.8, {@link ResponseShape2026Test} for
 * 2026.2, {@link ResponseShape2026_8Test} for 2026.8. The objects are made rich on
 * purpose: a stage bound to a flow, with a configure flow, bound again through the
 * bindings API; a token of a user made with every key of its body, and a service account.
 */
class ResponseShapeTest extends ApiTest {

	private final List<String> problems = new ArrayList<>();

	/** authentik's schema of this line, with its access routes (tokens and users). */
	Map<String, Object> authentikSchema() {
		Map<String, Object> schema = OpenApiSchemaTest.extract("/openapi/authentik-password-stage.yaml");
		Map<String, Object> flows = OpenApiSchemaTest.extract("/openapi/authentik-flows-and-stages-all-2025.8.yaml");
		OpenApiSchemaTest.paths(schema).putAll(OpenApiSchemaTest.paths(flows));
		OpenApiSchemaTest.schemas(flows).forEach(OpenApiSchemaTest.schemas(schema)::putIfAbsent);
		return OpenApiSchemaTest.withAccess(schema, "2025.8");
	}

	@Test
	void everyResponseDecodesWithThisLinesSchema() {
		ResponseShapes shapes = new ResponseShapes(authentikSchema());
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String slug = "shape-" + run;
		JsonNode flow = expect(shapes, "/flows/instances/", "post", "POST", "/api/v3/flows/instances/",
				"{\"name\": \"Shape\", \"slug\": \"" + slug
						+ "-conf\", \"title\": \"t\", \"designation\": \"stage_configuration\"}");
		String stageBody = StageBody.stage("shape-" + run)
			.set("configure_flow", flow.get("pk").stringValue())
			.flows(slug)
			.json();
		JsonNode stage = expect(shapes, "/stages/password/", "post", "POST", STAGES, stageBody);
		String stagePk = stage.get("pk").stringValue();
		String flowPk = stage.get("flow_set").get(0).get("pk").stringValue();
		JsonNode binding = expect(shapes, "/flows/bindings/", "post", "POST", "/api/v3/flows/bindings/",
				"{\"target\": \"" + flowPk + "\", \"stage\": \"" + stagePk + "\", \"order\": 20}");
		String bindingPk = binding.get("pk").stringValue();

		expect(shapes, "/stages/password/", "get", "GET", STAGES, null);
		expect(shapes, "/stages/password/{stage_uuid}/", "get", "GET", STAGES + stagePk + "/", null);
		expect(shapes, "/stages/password/{stage_uuid}/", "put", "PUT", STAGES + stagePk + "/", stageBody);
		expect(shapes, "/stages/password/{stage_uuid}/", "patch", "PATCH", STAGES + stagePk + "/", "{}");
		expect(shapes, "/stages/password/{stage_uuid}/used_by/", "get", "GET", STAGES + stagePk + "/used_by/", null);
		String flows = "/api/v3/flows/instances/";
		expect(shapes, "/flows/instances/", "get", "GET", flows, null);
		expect(shapes, "/flows/instances/{slug}/", "get", "GET", flows + slug + "/", null);
		expect(shapes, "/flows/instances/{slug}/", "put", "PUT", flows + slug + "/",
				"{\"name\": \"n\", \"slug\": \"" + slug + "\", \"title\": \"t\", \"designation\": \"authentication\"}");
		expect(shapes, "/flows/instances/{slug}/", "patch", "PATCH", flows + slug + "/", "{}");
		expect(shapes, "/flows/instances/{slug}/used_by/", "get", "GET", flows + slug + "/used_by/", null);
		expect(shapes, "/flows/instances/cache_info/", "get", "GET", flows + "cache_info/", null);
		String bindings = "/api/v3/flows/bindings/";
		expect(shapes, "/flows/bindings/", "get", "GET", bindings, null);
		expect(shapes, "/flows/bindings/{fsb_uuid}/", "get", "GET", bindings + bindingPk + "/", null);
		expect(shapes, "/flows/bindings/{fsb_uuid}/", "put", "PUT", bindings + bindingPk + "/",
				"{\"target\": \"" + flowPk + "\", \"stage\": \"" + stagePk + "\", \"order\": 30}");
		expect(shapes, "/flows/bindings/{fsb_uuid}/", "patch", "PATCH", bindings + bindingPk + "/", "{}");
		expect(shapes, "/flows/bindings/{fsb_uuid}/used_by/", "get", "GET", bindings + bindingPk + "/used_by/", null);
		String all = "/api/v3/stages/all/";
		expect(shapes, "/stages/all/", "get", "GET", all, null);
		expect(shapes, "/stages/all/{stage_uuid}/", "get", "GET", all + stagePk + "/", null);
		expect(shapes, "/stages/all/{stage_uuid}/used_by/", "get", "GET", all + stagePk + "/used_by/", null);
		expect(shapes, "/stages/all/types/", "get", "GET", all + "types/", null);
		expect(shapes, "/stages/all/user_settings/", "get", "GET", all + "user_settings/", null);

		assertThat(problems).isEmpty();
	}

	@Test
	void everyTokenAndUserResponseDecodesWithThisLinesSchema() {
		ResponseShapes shapes = new ResponseShapes(authentikSchema());
		String run = java.util.UUID.randomUUID().toString().substring(0, 8);
		String users = "/api/v3/core/users/";
		JsonNode user = expect(shapes, "/core/users/", "post", "POST", users,
				"{\"username\": \"shape-" + run + "\", \"name\": \"Shape\", \"is_active\": true,"
						+ " \"email\": \"shape-" + run + "@example.org\", \"attributes\": {\"team\": \"ops\"},"
						+ " \"path\": \"users/shapes\", \"type\": \"internal\"}");
		int userPk = user.get("pk").intValue();
		expect(shapes, "/core/users/", "get", "GET", users, null);
		expect(shapes, "/core/users/{id}/", "get", "GET", users + userPk + "/", null);
		expect(shapes, "/core/users/me/", "get", "GET", users + "me/", null);
		JsonNode account = expect(shapes, "/core/users/service_account/", "post", "POST", users + "service_account/",
				"{\"name\": \"shape-account-" + run + "\"}");
		expect(shapes, "/core/users/{id}/", "get", "GET", users + account.get("user_pk").intValue() + "/", null);
		String tokens = "/api/v3/core/tokens/";
		String identifier = "shape-token-" + run;
		expect(shapes, "/core/tokens/", "post", "POST", tokens,
				"{\"identifier\": \"" + identifier + "\", \"intent\": \"api\", \"user\": " + userPk
						+ ", \"description\": \"shapes\", \"expiring\": true, \"managed\": \"goauthentik.io/shape-"
						+ run + "\"}");
		expect(shapes, "/core/tokens/", "post", "POST", tokens,
				"{\"identifier\": \"" + identifier + "-forever\", \"expiring\": false}");
		expect(shapes, "/core/tokens/", "get", "GET", tokens, null);
		expect(shapes, "/core/tokens/{identifier}/", "get", "GET", tokens + identifier + "/", null);

		assertThat(problems).isEmpty();
	}

	private JsonNode expect(ResponseShapes shapes, String path, String operation, String method, String url,
			String body) {
		Response response = send(method, url, body, body == null ? null : "application/json", BOOTSTRAP_KEY);
		assertThat(response.status()).as(method + " " + url + ": " + response.body()).isBetween(200, 201);
		JsonNode json = response.json();
		shapes.problems(json, shapes.successSchema(path, operation))
			.forEach(problem -> problems.add(method + " " + path + ": " + problem));
		return json;
	}

}

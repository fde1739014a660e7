package io.passwordstage.blueprint;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.passwordstage.support.PackagedService;
import io.passwordstage.support.StageBody;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flow moved between two instances on two databases with a portable export: the first
 * (the 2025.8 line) exports a flow with two bound stages, one of them configured by a
 * flow outside the file; the second (the 2026.8 line, empty but for that outside flow)
 * imports it with {@code /managed/blueprints/import/}. It reads back equal by natural
 * keys; a second import plans and writes nothing; a dry run after an edit shows exactly
 * that edit; {@code conflict=fail} writes nothing; {@code replace} removes a binding the
 * file does not list.
 */
class PortableBlueprintIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FLOWS = "/api/v3/flows/instances/";

	private static final String STAGES = "/api/v3/stages/password/";

	private static final String BINDINGS = "/api/v3/flows/bindings/";

	private static final String IMPORT = "/api/v3/managed/blueprints/import/";

	private static PackagedService staging;

	private static PackagedService production;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void startTwoInstances() throws Exception {
		staging = PackagedService.start(TestDatabase.createFreshDatabase(), Map.of());
		production = PackagedService.start(TestDatabase.createFreshDatabase(),
				Map.of("AUTHENTIK_API_SCHEMA", "2026.8"));
		staging.awaitReady();
		production.awaitReady();
	}

	@AfterAll
	static void stopInstances() throws InterruptedException {
		staging.close();
		production.close();
	}

	@Test
	void aPortableExportMovesAFlowToAnotherInstance() throws Exception {
		String slug = "moved-" + run;
		String configure = "configure-" + run;
		for (PackagedService instance : List.of(staging, production)) {
			created(instance, FLOWS, "{\"name\": \"Configure\", \"slug\": \"" + configure
					+ "\", \"title\": \"Set it\", \"designation\": \"stage_configuration\"}");
		}
		JsonNode flow = created(staging, FLOWS, "{\"name\": \"Moved\", \"slug\": \"" + slug
				+ "\", \"title\": \"Welcome\", \"designation\": \"authentication\", \"layout\": \"content_left\"}");
		JsonNode first = created(staging, STAGES, StageBody.stage(slug + "-first")
			.set("configure_flow", json(staging.send("GET", FLOWS + configure + "/", null)).get("pk").asString())
			.set("failed_attempts_before_cancel", 3)
			.json());
		JsonNode second = created(staging, STAGES, StageBody.stage(slug + "-second").json());
		created(staging, BINDINGS, binding(flow.get("pk").asString(), first.get("pk").asString(), 10));
		created(staging, BINDINGS, binding(flow.get("pk").asString(), second.get("pk").asString(), 20));

		HttpResponse<String> exported = staging.send("GET", FLOWS + slug + "/export/?portable=true", null);
		assertThat(exported.statusCode()).isEqualTo(200);
		String yaml = exported.body();
		assertThat(yaml).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
			.doesNotContain("pk:")
			.contains("target: !KeyOf 'flow'",
					"configure_flow: !Find [authentik_flows.flow, [slug, " + configure + "]]");

		JsonNode imported = importInto(production, yaml, Map.of("plan", "true"));
		assertThat(actions(imported)).containsExactly("create", "create", "create", "create", "create");
		assertThat(naturally(production, slug)).isEqualTo(naturally(staging, slug));

		long events = events(production);
		JsonNode again = importInto(production, yaml, Map.of("plan", "true"));
		assertThat(actions(again)).containsExactly("unchanged", "unchanged", "unchanged", "unchanged", "unchanged");
		assertThat(events(production)).isEqualTo(events);

		String secondThere = stagePk(production, slug + "-second");
		assertThat(production.send("PATCH", STAGES + secondThere + "/", "{\"failed_attempts_before_cancel\": 7}")
			.statusCode()).isEqualTo(200);
		events = events(production);
		JsonNode dry = importInto(production, yaml, Map.of("dry_run", "true"));
		assertThat(actions(dry)).containsExactly("unchanged", "unchanged", "update", "unchanged", "unchanged");
		assertThat(dry.get("plan").get(2).get("diff").toString())
			.isEqualTo("{\"failed_attempts_before_cancel\":{\"previous_value\":7,\"new_value\":5}}");
		assertThat(events(production)).isEqualTo(events);
		assertThat(json(production.send("GET", STAGES + secondThere + "/", null)).get("failed_attempts_before_cancel")
			.asInt()).isEqualTo(7);

		JsonNode failed = importInto(production, yaml, Map.of("conflict", "fail", "plan", "true"));
		assertThat(failed.get("success").asBoolean()).isFalse();
		assertThat(actions(failed)).containsExactly("fail");
		assertThat(events(production)).isEqualTo(events);

		JsonNode third = created(production, STAGES, StageBody.stage(slug + "-third").json());
		String flowThere = json(production.send("GET", FLOWS + slug + "/", null)).get("pk").asString();
		JsonNode extra = created(production, BINDINGS, binding(flowThere, third.get("pk").asString(), 30));
		JsonNode replaced = importInto(production, yaml, Map.of("conflict", "replace", "plan", "true"));
		assertThat(actions(replaced)).containsExactly("unchanged", "unchanged", "update", "unchanged", "unchanged",
				"delete");
		assertThat(replaced.get("plan").get(5).get("pk").asString()).isEqualTo(extra.get("pk").asString());
		assertThat(production.send("GET", BINDINGS + extra.get("pk").asString() + "/", null).statusCode())
			.isEqualTo(404);
		assertThat(naturally(production, slug)).isEqualTo(naturally(staging, slug));
	}

	/**
	 * The flow, its stages and its bindings by natural keys: what must be equal on both
	 * instances (the fields both lines have; pks differ).
	 */
	private static Map<String, Object> naturally(PackagedService instance, String slug) throws Exception {
		JsonNode flow = json(instance.send("GET", FLOWS + slug + "/", null));
		Map<String, Object> state = new TreeMap<>();
		for (String field : List.of("name", "slug", "title", "designation", "layout", "authentication", "denied_action",
				"policy_engine_mode", "compatibility_mode")) {
			state.put("flow." + field, flow.get(field).toString());
		}
		JsonNode bindings = json(
				instance.send("GET", BINDINGS + "?target=" + flow.get("pk").asString() + "&ordering=order", null))
			.get("results");
		List<Object> listed = new ArrayList<>();
		for (JsonNode binding : bindings) {
			Map<String, Object> one = new LinkedHashMap<>();
			for (String field : List.of("order", "evaluate_on_plan", "re_evaluate_policies", "invalid_response_action",
					"policy_engine_mode")) {
				one.put(field, binding.get(field).toString());
			}
			JsonNode stage = json(instance.send("GET", STAGES + binding.get("stage").asString() + "/", null));
			for (String field : List.of("name", "backends", "failed_attempts_before_cancel", "allow_show_password")) {
				one.put("stage." + field, stage.get(field).toString());
			}
			one.put("stage.configure_flow", stage.get("configure_flow").isNull() ? null
					: json(instance.send("GET", FLOWS + "?flow_uuid=" + stage.get("configure_flow").asString(), null))
						.get("results")
						.get(0)
						.get("slug")
						.asString());
			listed.add(one);
		}
		state.put("bindings", listed);
		return state;
	}

	private static String stagePk(PackagedService instance, String name) throws Exception {
		return json(instance.send("GET", STAGES + "?name=" + name, null)).get("results").get(0).get("pk").asString();
	}

	private static long events(PackagedService instance) throws Exception {
		return json(instance.send("GET", "/api/v3/events/events/?page_size=1", null)).get("pagination")
			.get("count")
			.asLong();
	}

	private static JsonNode importInto(PackagedService instance, String yaml, Map<String, String> fields)
			throws Exception {
		String boundary = "----portable" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flow.yaml\""
				+ "\r\nContent-Type: application/x-yaml\r\n\r\n" + yaml + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + IMPORT))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + instance.key())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = PackagedService.client().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static JsonNode created(PackagedService instance, String path, String body) throws Exception {
		HttpResponse<String> response = instance.send("POST", path, body);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static String binding(String target, String stage, int order) {
		return "{\"target\": \"" + target + "\", \"stage\": \"" + stage + "\", \"order\": " + order + "}";
	}

	private static List<String> actions(JsonNode answer) {
		List<String> actions = new ArrayList<>();
		answer.get("plan").forEach(item -> actions.add(item.get("action").asString()));
		return actions;
	}

}

package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /flows/instances/import/} end to end: an export re-imported after its
 * objects were deleted reads back as it was, pks included; a second import changes
 * nothing; an entry that fails leaves nothing of the others.
 */
class FlowImportTest extends ImportTest {

	/** A flow with two password stages, one bound with non-default settings. */
	private record Exported(String slug, String yaml, List<String> paths, List<String> bodies) {
	}

	@Test
	void exportReimportedIntoAnEmptyDatabaseReadsBackAsItWas() {
		Exported exported = exportedFlow();
		deleteAll(exported);
		for (String path : exported.paths()) {
			assertThat(get(path).status()).as(path).isEqualTo(404);
		}

		Response response = importFile(exported.yaml());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json()).isEqualTo(StageBody.tree("{\"logs\": [], \"success\": true}"));
		assertReadsBack(exported);
	}

	@Test
	void exportReimportedAfterDeletingTheFlowRecreatesItsBindings() {
		Exported exported = exportedFlow();
		assertThat(send("DELETE", FLOWS + exported.slug() + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);

		Response response = importFile(exported.yaml());

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertReadsBack(exported);
	}

	@Test
	void importingTwiceChangesNothingTheSecondTime() {
		Exported exported = exportedFlow();
		List<String> tags = exported.paths().stream().map(path -> get(path).header("ETag")).toList();
		long events = count("select count(*) from authentik_events_event");

		Response response = importFile(exported.yaml());

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertReadsBack(exported);
		assertThat(exported.paths().stream().map(path -> get(path).header("ETag")).toList()).isEqualTo(tags);
		assertThat(count("select count(*) from authentik_events_event")).isEqualTo(events);
	}

	@Test
	void importUpdatesWhatChangedSinceTheExportWithAnAuditDiff() {
		Exported exported = exportedFlow();
		Response renamed = send("PATCH", FLOWS + exported.slug() + "/", "{\"title\": \"Changed\"}", "application/json",
				BOOTSTRAP_KEY);
		assertThat(renamed.status()).isEqualTo(200);

		assertThat(importFile(exported.yaml()).json().get("success").asBoolean()).isTrue();

		assertReadsBack(exported);
		String pk = get(FLOWS + exported.slug() + "/").json().get("pk").asString().replace("-", "");
		String diff = io.passwordstage.support.TestDatabase
			.text("select context -> 'diff' ->> 'title' from authentik_events_event where action = 'model_updated'"
					+ " and context -> 'model' ->> 'pk' = ? order by created desc limit 1", pk);
		assertThat(StageBody.tree(diff)).isEqualTo(
				StageBody.tree("{\"previous_value\": \"Changed\", \"new_value\": \"Title " + exported.slug() + "\"}"));
	}

	@Test
	void handWrittenBlueprintWithKeyOfReferences() {
		String slug = unique("keyof");
		String stage = unique("keyof-stage");
		String yaml = """
				version: 1
				metadata: {name: hand written}
				entries:
				  - model: authentik_flows.flow
				    id: the-flow
				    identifiers: {slug: %s}
				    attrs: {name: Hand written, title: Hi, designation: authentication}
				  - model: authentik_stages_password.passwordstage
				    id: the-stage
				    identifiers: {name: %s}
				    attrs: {backends: [authentik.core.auth.InbuiltBackend]}
				  - model: authentik_flows.flowstagebinding
				    identifiers: {target: !KeyOf the-flow, stage: !KeyOf the-stage, order: 5}
				  - model: authentik_flows.flow
				    conditions: [false]
				    identifiers: {slug: %s-skipped}
				    attrs: {name: Skipped, title: Skipped, designation: authentication}
				""".formatted(slug, stage, slug);

		Response response = importFile(yaml);

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		JsonNode flow = get(FLOWS + slug + "/").json();
		assertThat(flow.get("stages")).hasSize(1);
		JsonNode binding = get(BINDINGS + "?target=" + flow.get("pk").asString()).json().get("results").get(0);
		assertThat(binding.get("order").asInt()).isEqualTo(5);
		assertThat(binding.get("stage_obj").get("name").asString()).isEqualTo(stage);
		assertThat(get(FLOWS + slug + "-skipped/").status()).isEqualTo(404);
	}

	@Test
	void anEntryThatFailsRollsBackTheEntriesBeforeIt() {
		String slug = unique("rolled-back");
		long events = count("select count(*) from authentik_events_event");
		String yaml = """
				version: 1
				entries:
				  - model: authentik_flows.flow
				    identifiers: {slug: %s}
				    attrs: {name: Rolled back, title: Hi, designation: authentication}
				  - model: authentik_stages_password.passwordstage
				    identifiers: {name: %s}
				    attrs: {backends: [no.such.Backend]}
				""".formatted(slug, unique("bad-stage"));

		Response response = importFile(yaml);

		assertThat(response.status()).isEqualTo(200);
		JsonNode logs = response.json().get("logs");
		assertThat(response.json().get("success").asBoolean()).isFalse();
		assertThat(logs.get(0).get("event").asString()).startsWith("Entry invalid: Serializer errors {backends=");
		assertThat(logs.get(0).get("log_level").asString()).isEqualTo("warning");
		assertThat(logs.get(0).get("logger").asString()).isEqualTo("authentik.blueprints.v1.importer");
		assertThat(logs.get(0).get("attributes").get("errors").get("backends").toString()).as(response.body())
			.contains("no.such.Backend");
		assertThat(logs.get(0).get("attributes").get("entry").get("model").asString())
			.isEqualTo("authentik_stages_password.passwordstage");
		assertThat(logs.get(1).get("event").asString()).isEqualTo("Blueprint validation failed");
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(404);
		assertThat(count("select count(*) from authentik_events_event")).isEqualTo(events);
	}

	@Test
	void entriesAreFoundByTheirOtherIdentifiersWhenThePkIsUnknown() {
		Exported exported = exportedFlow();
		String yaml = exported.yaml()
			.replace(get(FLOWS + exported.slug() + "/").json().get("pk").asString(), UUID.randomUUID().toString());

		assertThat(importFile(yaml).json().get("success").asBoolean()).isTrue();

		assertReadsBack(exported);
	}

	@Test
	void stateAbsentDeletesAndMustCreatedRefusesAnExistingObject() {
		String slug = unique("absent");
		assertThat(send("POST", FLOWS, flowBody(slug), "application/json", BOOTSTRAP_KEY).status()).isEqualTo(201);
		String entry = """
				version: 1
				entries:
				  - model: authentik_flows.flow
				    state: %s
				    identifiers: {slug: %s}
				    attrs: {name: X, title: X, designation: authentication}
				""";

		Response mustCreate = importFile(entry.formatted("must_created", slug));
		assertThat(mustCreate.json().get("success").asBoolean()).isFalse();
		assertThat(mustCreate.json().get("logs").get(0).get("event").asString())
			.isEqualTo("Entry invalid: State is set to must_created and object exists already");

		String noDelete = tokenWith(FlowImportController.PERMISSIONS.toArray(String[]::new));
		Response refused = importFile(entry.formatted("absent", slug), noDelete);
		assertThat(refused.json().get("logs").get(0).get("event").asString())
			.isEqualTo("Entry invalid: You do not have permission to perform this action.");
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(200);

		assertThat(importFile(entry.formatted("absent", slug)).json().get("success").asBoolean()).isTrue();
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(404);
	}

	@Test
	void requestsWithoutAFileOrPermission() {
		Response empty = send("POST", IMPORT, null, null, BOOTSTRAP_KEY);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json()).isEqualTo(StageBody.tree("{\"logs\": [], \"success\": false}"));

		Response noFileField = send(multipart("clear", null, "true", BOOTSTRAP_KEY));
		assertThat(noFileField.status()).isEqualTo(400);
		assertThat(noFileField.json()).isEqualTo(StageBody.tree("{\"logs\": [], \"success\": false}"));

		Response json = send("POST", IMPORT, "{}", "application/json", BOOTSTRAP_KEY);
		assertThat(json.status()).isEqualTo(415);
		assertThat(json.json().get("detail").asString())
			.isEqualTo("Unsupported media type \"application/json\" in request.");

		Response malformed = send("POST", IMPORT, "--x\r\nnot a form", "multipart/form-data; boundary=y",
				BOOTSTRAP_KEY);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().isObject()).as(malformed.body()).isTrue();

		for (String method : new String[] { "GET", "PUT", "PATCH", "DELETE" }) {
			Response other = send(method, IMPORT, null, null, BOOTSTRAP_KEY);
			assertThat(other.status()).as(method).isEqualTo(405);
			assertThat(other.json().get("detail").asString()).isEqualTo("Method \"" + method + "\" not allowed.");
		}

		Response anonymous = importFile("version: 1\n", null);
		assertThat(anonymous.status()).isEqualTo(403);
		assertThat(anonymous.json().get("detail").asString())
			.isEqualTo("Authentication credentials were not provided.");

		Response viewer = importFile("version: 1\n",
				tokenWith("authentik_flows.view_flow", "authentik_flows.add_flow"));
		assertThat(viewer.status()).isEqualTo(403);
		assertThat(viewer.json().get("detail").asString())
			.isEqualTo("You do not have permission to perform this action.");
	}

	private Exported exportedFlow() {
		String slug = unique("import");
		String bound = unique("bound");
		String other = unique("other");
		JsonNode stage = post(STAGES, StageBody.stage(bound).flows(slug).set("allow_show_password", true).json())
			.json();
		JsonNode flow = get(FLOWS + slug + "/").json();
		JsonNode second = post(STAGES,
				StageBody.stage(other)
					.set("configure_flow", flow.get("pk").asString())
					.set("failed_attempts_before_cancel", 3)
					.json())
			.json();
		Response binding = post(BINDINGS,
				"{\"target\": \"" + flow.get("pk").asString() + "\", \"stage\": \"" + second.get("pk").asString()
						+ "\", \"order\": 20, \"evaluate_on_plan\": true, \"re_evaluate_policies\": false,"
						+ " \"invalid_response_action\": \"restart\", \"policy_engine_mode\": \"all\"}");
		assertThat(binding.status()).as(binding.body()).isEqualTo(201);
		assertThat(send("PATCH", FLOWS + slug + "/", "{\"policy_engine_mode\": \"all\", \"compatibility_mode\": true}",
				"application/json", BOOTSTRAP_KEY)
			.status()).isEqualTo(200);
		List<String> paths = new ArrayList<>(List.of(FLOWS + slug + "/", STAGES + stage.get("pk").asString() + "/",
				STAGES + second.get("pk").asString() + "/"));
		for (JsonNode row : get(BINDINGS + "?target=" + flow.get("pk").asString()).json().get("results")) {
			paths.add(BINDINGS + row.get("pk").asString() + "/");
		}
		assertThat(paths).hasSize(5);
		Response export = get(FLOWS + slug + "/export/");
		assertThat(export.status()).isEqualTo(200);
		return new Exported(slug, export.body(), paths, paths.stream().map(path -> get(path).body()).toList());
	}

	private void deleteAll(Exported exported) {
		for (String path : exported.paths().subList(0, 3)) {
			assertThat(send("DELETE", path, null, null, BOOTSTRAP_KEY).status()).as(path).isEqualTo(204);
		}
	}

	private void assertReadsBack(Exported exported) {
		for (int i = 0; i < exported.paths().size(); i++) {
			Response now = get(exported.paths().get(i));
			assertThat(now.status()).as(exported.paths().get(i)).isEqualTo(200);
			assertThat(now.json()).as(exported.paths().get(i)).isEqualTo(StageBody.tree(exported.bodies().get(i)));
		}
	}

	@Test
	void theBlueprintImportOfThe2026_8LineIsNotServedInThisLine() {
		Response response = send("POST", "/api/v3/managed/blueprints/import/", "{}", "application/json", BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().has("detail")).isTrue();
	}

	@Test
	void contextTagsReadTheFilesOwnContext() {
		String slug = unique("own-context");

		Response response = importFile("""
				version: 1
				context: {title: From the file}
				entries:
				  - model: authentik_flows.flow
				    identifiers: {slug: %s}
				    attrs: {name: !Context [name, Default], title: !Context title, designation: authentication}
				""".formatted(slug));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("title").asString()).isEqualTo("From the file");
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("Default");
	}

}

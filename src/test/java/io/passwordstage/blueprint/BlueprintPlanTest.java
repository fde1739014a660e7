package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.count;
import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's additions on {@code /flows/instances/import/} (the 2025.8 line; the 2026.8
 * line's route shares them): the plan, the dry run, the conflict policy.
 */
class BlueprintPlanTest extends ImportTest {

	/** Where every sequence of the schema stands: a dry run draws from none. */
	private static final String SEQUENCES = "select coalesce(sum(coalesce(last_value, 0)), 0) from pg_sequences"
			+ " where schemaname = current_schema()";

	private static final String BLUEPRINT = """
			version: 1
			entries:
			  - model: authentik_flows.flow
			    id: flow
			    identifiers: {slug: SLUG}
			    attrs: {name: Planned, title: Welcome, designation: authentication}
			  - model: authentik_stages_password.passwordstage
			    id: stage
			    identifiers: {name: SLUG-password}
			    attrs: {backends: [authentik.core.auth.InbuiltBackend]}
			  - model: authentik_flows.flowstagebinding
			    identifiers: {target: !KeyOf flow, stage: !KeyOf stage, order: 10}
			""";

	@Test
	void withoutPlanTheAnswerIsAuthentiks() {
		Response response = send(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(unique("plain"))));

		assertThat(response.body()).isEqualTo("{\"logs\":[],\"success\":true}");
	}

	@Test
	void thePlanSaysWhatEachEntryDidWithTheAuditEventsDiffs() {
		String slug = unique("plan");

		JsonNode created = plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("plan", "true"));

		assertThat(List.copyOf(created.propertyNames())).containsExactly("logs", "success", "plan");
		assertThat(actions(created)).containsExactly("create", "create", "create");
		JsonNode flowItem = created.get("plan").get(0);
		assertThat(List.copyOf(flowItem.propertyNames())).containsExactly("index", "model", "identifiers", "action",
				"pk", "diff");
		assertThat(flowItem.get("index").asInt()).isZero();
		assertThat(flowItem.get("model").asString()).isEqualTo("authentik_flows.flow");
		assertThat(flowItem.get("identifiers").toString()).isEqualTo("{\"slug\":\"" + slug + "\"}");
		assertThat(flowItem.get("pk").asString()).isEqualTo(get(FLOWS + slug + "/").json().get("pk").asString());
		assertThat(flowItem.get("diff").get("name").toString())
			.isEqualTo("{\"previous_value\":null,\"new_value\":\"Planned\"}");
		JsonNode bindingItem = created.get("plan").get(2);
		assertThat(bindingItem.get("identifiers").get("target").asString()).isEqualTo(flowItem.get("pk").asString());
		for (JsonNode item : created.get("plan")) {
			assertThat(auditDiff(item.get("pk").asString(), "model_created")).isEqualTo(item.get("diff"));
		}

		long events = events();
		JsonNode again = plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("plan", "true"));

		assertThat(actions(again)).containsExactly("unchanged", "unchanged", "unchanged");
		assertThat(again.get("plan").get(0).get("diff").isEmpty()).isTrue();
		assertThat(events()).isEqualTo(events);
	}

	@Test
	void aDryRunAnswersTheSamePlanAndWritesNothing() {
		String slug = unique("dry");
		assertThat(send(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug))).json().get("success").asBoolean()).isTrue();
		assertThat(write("PATCH", FLOWS + slug + "/", "{\"title\": \"Edited\"}").status()).isEqualTo(200);
		long rows = rows();
		String before = get(FLOWS + slug + "/").body();

		long sequences = count(SEQUENCES);
		JsonNode dry = plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("dry_run", "true"));

		assertThat(actions(dry)).containsExactly("update", "unchanged", "unchanged");
		assertThat(dry.get("plan").get(0).get("diff").toString())
			.isEqualTo("{\"title\":{\"previous_value\":\"Edited\",\"new_value\":\"Welcome\"}}");
		assertThat(rows()).isEqualTo(rows);
		assertThat(get(FLOWS + slug + "/").body()).isEqualTo(before);
		assertThat(count("select count(*) from pg_stat_activity where datname = current_database()"
				+ " and state like 'idle in transaction%'"))
			.isZero();
		assertThat(count("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
				+ " where a.datname = current_database() and a.pid <> pg_backend_pid()"
				+ " and l.locktype in ('tuple', 'transactionid', 'advisory')"))
			.isZero();
		assertThat(count(SEQUENCES)).isEqualTo(sequences);

		JsonNode real = plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("plan", "true"));

		assertThat(real.get("plan")).isEqualTo(dry.get("plan"));
		assertThat(get(FLOWS + slug + "/").json().get("title").asString()).isEqualTo("Welcome");
	}

	@Test
	void conflictFailWritesNothingAndThePlanEndsWithTheReason() {
		String slug = unique("fail");
		post(FLOWS, flowBody(slug));
		long rows = rows();

		JsonNode failed = plan(
				form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("conflict", "fail").field("plan", "true"));

		assertThat(failed.get("success").asBoolean()).isFalse();
		assertThat(actions(failed)).containsExactly("fail");
		assertThat(failed.get("plan").get(0).get("reason").asString())
			.isEqualTo("Entry invalid: The object exists already, and the import's conflict policy is fail");
		assertThat(failed.get("logs").get(0).get("event").asString())
			.isEqualTo(failed.get("plan").get(0).get("reason").asString());
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void aFailedImportsPlanEndsWithTheFailingEntry() {
		String slug = unique("failing");
		String file = blueprint(slug) + """
				  - model: authentik_stages_password.passwordstage
				    identifiers: {name: SLUG-broken}
				    attrs: {backends: [not.a.backend]}
				""".replace("SLUG", slug);
		long rows = rows();

		JsonNode failed = plan(form(IMPORT, BOOTSTRAP_KEY).file(file).field("plan", "true"));

		assertThat(actions(failed)).containsExactly("create", "create", "create", "fail");
		assertThat(failed.get("plan").get(3).get("reason").asString()).startsWith("Entry invalid: Serializer errors");
		assertThat(failed.get("plan").get(3).get("index").asInt()).isEqualTo(3);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void conflictSkipLeavesExistingObjectsAndOverwriteUpdatesThem() {
		String slug = unique("skip");
		post(FLOWS, flowBody(slug));
		String created = blueprint(slug).replace("    identifiers: {slug: " + slug + "}",
				"    state: created\n    identifiers: {slug: " + slug + "}");

		JsonNode skipped = plan(
				form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("conflict", "skip").field("plan", "true"));
		JsonNode byState = plan(form(IMPORT, BOOTSTRAP_KEY).file(created).field("plan", "true"));

		assertThat(actions(skipped)).containsExactly("skip", "create", "create");
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("Flow " + slug);
		assertThat(actions(byState)).containsExactly("skip", "unchanged", "unchanged");

		JsonNode overwritten = plan(
				form(IMPORT, BOOTSTRAP_KEY).file(created).field("conflict", "overwrite").field("plan", "true"));

		assertThat(actions(overwritten)).containsExactly("update", "unchanged", "unchanged");
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("Planned");
	}

	@Test
	void replaceDeletesTheBindingsTheFileDoesNotList() {
		String slug = unique("replace");
		plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("plan", "true"));
		String flowPk = get(FLOWS + slug + "/").json().get("pk").asString();
		JsonNode extraStage = post(STAGES, io.passwordstage.support.StageBody.stage(slug + "-extra").json()).json();
		JsonNode extra = post(BINDINGS, "{\"target\": \"" + flowPk + "\", \"stage\": \""
				+ extraStage.get("pk").asString() + "\", \"order\": 20}")
			.json();

		JsonNode merged = plan(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("plan", "true"));
		assertThat(actions(merged)).containsExactly("unchanged", "unchanged", "unchanged");
		assertThat(get(BINDINGS + extra.get("pk").asString() + "/").status()).isEqualTo(200);

		JsonNode replaced = plan(
				form(IMPORT, BOOTSTRAP_KEY).file(blueprint(slug)).field("conflict", "replace").field("plan", "true"));

		assertThat(actions(replaced)).containsExactly("unchanged", "unchanged", "unchanged", "delete");
		JsonNode deleted = replaced.get("plan").get(3);
		assertThat(deleted.get("model").asString()).isEqualTo("authentik_flows.flowstagebinding");
		assertThat(deleted.get("index").asInt()).isZero();
		assertThat(deleted.get("pk").asString()).isEqualTo(extra.get("pk").asString());
		assertThat(deleted.get("identifiers").get("order").asInt()).isEqualTo(20);
		assertThat(get(BINDINGS + extra.get("pk").asString() + "/").status()).isEqualTo(404);
		assertThat(get(FLOWS + slug + "/").json().get("stages")).hasSize(1);
		assertThat(auditDiff(extra.get("pk").asString(), "model_deleted")).isEqualTo(deleted.get("diff"));
	}

	@Test
	void unreadableOptionsAreA400AndNothingIsWritten() {
		long rows = rows();

		Response conflict = send(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(unique("bad"))).field("conflict", "merge"));
		Response dryRun = send(form(IMPORT, BOOTSTRAP_KEY).file(blueprint(unique("bad"))).field("dry_run", "maybe"));

		assertThat(conflict.status()).isEqualTo(400);
		assertThat(conflict.body()).isEqualTo("{\"conflict\":[\"\\\"merge\\\" is not a valid choice.\"]}");
		assertThat(dryRun.status()).isEqualTo(400);
		assertThat(dryRun.body()).isEqualTo("{\"dry_run\":[\"Must be a valid boolean.\"]}");
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void hostileFilesInADryRunAreRefusedAsBeforeAndWriteNothing() {
		String slug = unique("hostile-dry");
		String laughs = "version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
				+ "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
				+ "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
		String environment = blueprint(slug) + "    conditions: [!Env AUTHENTIK_BOOTSTRAP_TOKEN]\n";
		String unknownFind = blueprint(slug).replace("attrs: {name: Planned,",
				"attrs: {name: !Find [authentik_core.user, [username, akadmin]],");
		String findByOtherField = blueprint(slug).replace("attrs: {name: Planned,",
				"attrs: {name: !Find [authentik_flows.flow, [title, x]],");
		long rows = rows();

		for (String file : List.of(laughs, environment, unknownFind, findByOtherField)) {
			JsonNode answer = plan(form(IMPORT, BOOTSTRAP_KEY).file(file).field("dry_run", "true"));
			assertThat(answer.get("success").asBoolean()).as(file).isFalse();
			assertThat(answer.get("logs").get(0).get("log_level").asString()).isEqualTo("warning");
		}
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void findResolvesANaturalKeyOrGivesNull() {
		String slug = unique("find");
		String configure = unique("configure");
		post(FLOWS, "{\"name\": \"c\", \"slug\": \"" + configure
				+ "\", \"title\": \"t\", \"designation\": \"stage_configuration\"}");
		String file = blueprint(slug).replace("attrs: {backends: [authentik.core.auth.InbuiltBackend]}",
				"attrs: {backends: [authentik.core.auth.InbuiltBackend], configure_flow: !Find [authentik_flows.flow,"
						+ " [slug, " + configure + "]]}");

		assertThat(plan(form(IMPORT, BOOTSTRAP_KEY).file(file)).get("success").asBoolean()).isTrue();

		JsonNode stage = get(STAGES + "?name=" + slug + "-password").json().get("results").get(0);
		assertThat(stage.get("configure_flow").asString())
			.isEqualTo(get(FLOWS + configure + "/").json().get("pk").asString());
		JsonNode missing = plan(
				form(IMPORT, BOOTSTRAP_KEY).file(file.replace(configure, configure + "-gone")).field("plan", "true"));
		assertThat(missing.get("plan").get(1).get("diff").get("configure_flow").get("new_value").isNull()).isTrue();
	}

	@Test
	void anUnreadableFileHasAnEmptyPlan() {
		JsonNode answer = plan(form(IMPORT, BOOTSTRAP_KEY).file("version: 2\n").field("plan", "true"));

		assertThat(answer.get("success").asBoolean()).isFalse();
		assertThat(answer.get("plan").isEmpty()).isTrue();
	}

	private JsonNode plan(Form form) {
		Response response = send(form);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private Response write(String method, String path, String body) {
		return send(method, path, body, "application/json", BOOTSTRAP_KEY);
	}

	private static String blueprint(String slug) {
		return BLUEPRINT.replace("SLUG", slug);
	}

	private static List<String> actions(JsonNode answer) {
		List<String> actions = new ArrayList<>();
		answer.get("plan").forEach(item -> actions.add(item.get("action").asString()));
		return actions;
	}

	/** The diff of the newest audit event of this action on the object. */
	private JsonNode auditDiff(String pk, String action) {
		return JSON.readTree(text(
				"select context -> 'diff' from authentik_events_event where action = ?"
						+ " and context -> 'model' ->> 'pk' = ? order by created desc limit 1",
				action, pk.replace("-", "")));
	}

	private static long events() {
		return count("select count(*) from authentik_events_event");
	}

}

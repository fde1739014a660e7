package io.passwordstage.blueprint;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.Line2026_8;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /managed/blueprints/import/} in the 2026.8 line: a blueprint as
 * {@code file}, by {@code path} in the configured blueprints directory, with a
 * {@code context} its {@code !Context} tags read; authentik's answers and permissions;
 * hostile paths, contexts and forms refused with a JSON 4xx that writes nothing.
 */
@Line2026_8
class BlueprintImportTest extends ImportTest {

	static final String BLUEPRINT_IMPORT = "/api/v3/managed/blueprints/import/";

	private static final Path ROOT = Line2026_8.Blueprints.ROOT;

	private static final Path BLUEPRINTS = Line2026_8.Blueprints.DIRECTORY;

	/** A file beside the blueprints directory, which no path may reach. */
	private static final Path SECRET = ROOT.resolve("secret.yaml");

	private static final String FLOW = """
			version: 1
			entries:
			  - model: authentik_flows.flow
			    identifiers: {slug: SLUG}
			    attrs: {name: NAME, title: Welcome, designation: authentication}
			""";

	@BeforeAll
	static void files() throws IOException {
		Files.createDirectories(BLUEPRINTS.resolve("example"));
		Files.writeString(SECRET, FLOW.replace("SLUG", "secret").replace("NAME", "Secret"));
		Files.createSymbolicLink(BLUEPRINTS.resolve("link-out.yaml"), SECRET);
		Files.createSymbolicLink(BLUEPRINTS.resolve("dir-out"), ROOT);
		Files.writeString(BLUEPRINTS.resolve(".hidden.yaml"), FLOW.replace("SLUG", "hidden").replace("NAME", "Hidden"));
	}

	@Test
	void aFileIsAppliedAndAnsweredAsAuthentikDoes() {
		String slug = unique("file");

		Response response = send(form(BOOTSTRAP_KEY).file(FLOW.replace("SLUG", slug).replace("NAME", "From file")));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"logs\":[],\"success\":true}");
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("From file");
	}

	@Test
	void anExportImportsBackAfterItsFlowIsDeleted() {
		String slug = unique("export");
		assertThat(post(FLOWS, flowBody(slug)).status()).isEqualTo(201);
		String exported = get(FLOWS + slug + "/export/").body();
		assertThat(send("DELETE", FLOWS + slug + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(204);

		Response response = send(form(BOOTSTRAP_KEY).file(exported));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("Flow " + slug);
	}

	@Test
	void aPathNamesAFileInTheBlueprintsDirectory() throws IOException {
		String slug = unique("path");
		Files.writeString(BLUEPRINTS.resolve("example/" + slug + ".yaml"),
				FLOW.replace("SLUG", slug).replace("NAME", "From path"));

		Response response = send(form(BOOTSTRAP_KEY).field("path", "example/" + slug + ".yaml"));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("From path");
	}

	@Test
	void aFileWinsOverAPath() throws IOException {
		String slug = unique("both");
		Files.writeString(BLUEPRINTS.resolve(slug + ".yaml"), FLOW.replace("SLUG", slug).replace("NAME", "Path"));

		Response response = send(form(BOOTSTRAP_KEY).file(FLOW.replace("SLUG", slug).replace("NAME", "File"))
			.field("path", slug + ".yaml"));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("File");
	}

	@Test
	void aPathIsValidatedEvenBesideAFile() {
		String slug = unique("both");

		Response response = send(form(BOOTSTRAP_KEY).file(FLOW.replace("SLUG", slug).replace("NAME", "File"))
			.field("path", "does-not-exist.yaml"));

		// as authentik's serializer, which validates every field it is given
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"path\":[\"Blueprint file does not exist\"]}");
		assertThat(flows(slug)).isZero();
	}

	@Test
	void contextValuesAreReadByContextTags() {
		String slug = unique("context");
		String blueprint = """
				version: 1
				context: {title: From the file, designation: recovery}
				entries:
				  - model: authentik_flows.flow
				    identifiers: {slug: !Context slug}
				    attrs:
				      name: !Context [name, Default name]
				      title: !Context title
				      designation: !Context designation
				      layout: !Context [layout, stacked]
				""";

		Response response = send(form(BOOTSTRAP_KEY).file(blueprint)
			.field("context", "{\"slug\": \"" + slug + "\", \"designation\": \"enrollment\"}"));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		JsonNode flow = get(FLOWS + slug + "/").json();
		assertThat(flow.get("name").asString()).isEqualTo("Default name");
		assertThat(flow.get("title").asString()).isEqualTo("From the file");
		assertThat(flow.get("designation").asString()).isEqualTo("enrollment");
		assertThat(flow.get("layout").asString()).isEqualTo("stacked");
	}

	@Test
	void contextCannotReachTheServersEnvironment() {
		String slug = unique("env");
		String blueprint = FLOW.replace("SLUG", slug).replace("NAME", "!Context [PATH, none]");

		Response response = send(form(BOOTSTRAP_KEY).file(blueprint));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("name").asString()).isEqualTo("none");
	}

	@Test
	void requireTokenIsAnAuthenticationChoice() {
		String slug = unique("token");
		String blueprint = FLOW.replace("SLUG", slug)
			.replace("NAME", "Token")
			.replace("designation: authentication}", "designation: authentication, authentication: require_token}");

		Response response = send(form(BOOTSTRAP_KEY).file(blueprint));

		assertThat(response.json().get("success").asBoolean()).as(response.body()).isTrue();
		assertThat(get(FLOWS + slug + "/").json().get("authentication").asString()).isEqualTo("require_token");
	}

	@Test
	void neitherFileNorPathIsAuthentiksBareList() {
		long rows = rows();

		Response response = send(form(BOOTSTRAP_KEY).field("context", "{}"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("[\"Either path or file must be set\"]");
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void aFileSentAsTextIsNotAFile() {
		Response response = send(form(BOOTSTRAP_KEY).field("file", "version: 1\n"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("file").get(0).asString())
			.isEqualTo("The submitted data was not a file. Check the encoding type on the form.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secret.yaml", "example/../../secret.yaml", "/etc/passwd", "link-out.yaml",
			"dir-out/secret.yaml", "dir-out/blueprints/../secret.yaml", "..", "example\\..\\..\\secret.yaml",
			"~/secret.yaml" })
	void aPathThatLeavesTheDirectoryIsRefusedAndNothingIsRead(String path) {
		long rows = rows();

		Response response = send(form(BOOTSTRAP_KEY).field("path", path));

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("path").get(0).asString()).as(response.body())
			.isIn(BlueprintFiles.OUTSIDE, BlueprintFiles.DOES_NOT_EXIST);
		assertThat(flows("secret")).isZero();
		assertThat(rows()).isEqualTo(rows);
	}

	@ParameterizedTest
	@ValueSource(strings = { "missing.yaml", "example", ".hidden.yaml", "example/missing.yaml", "notes.txt" })
	void aPathToNoBlueprintIsAuthentiksText(String path) {
		Response response = send(form(BOOTSTRAP_KEY).field("path", path));

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"path\":[\"Blueprint file does not exist\"]}");
		assertThat(flows("hidden")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{not json", "[1, 2, 3]", "\"text\"", "42", "null" })
	void aContextThatIsNotAJsonObjectIsRefused(String context) {
		String slug = unique("bad-context");

		Response response = send(
				form(BOOTSTRAP_KEY).file(FLOW.replace("SLUG", slug).replace("NAME", "x")).field("context", context));

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("context").get(0).asString()).isIn(ImportContext.INVALID_JSON,
				ImportContext.NOT_AN_OBJECT);
		assertThat(flows(slug)).isZero();
	}

	@Test
	void aHugeOrDeepContextIsRefused() {
		String slug = unique("huge-context");
		String deep = "{\"a\": " + "[".repeat(500) + "]".repeat(500) + "}";
		String wide = "{\"a\": [" + "1,".repeat(150_000) + "1]}";

		for (String context : List.of(deep, wide)) {
			Response response = send(form(BOOTSTRAP_KEY).file(FLOW.replace("SLUG", slug).replace("NAME", "x"))
				.field("context", context));
			assertThat(response.status()).as(response.body()).isEqualTo(400);
			assertThat(response.json().has("context")).as(response.body()).isTrue();
		}
		String overLimit = "{\"a\": \"" + "x".repeat(1_100_000) + "\"}";
		assertThat(send(form(BOOTSTRAP_KEY).file(FLOW).field("context", overLimit)).status()).isEqualTo(413);
		assertThat(flows(slug)).isZero();
	}

	@Test
	void aContextUsedManyTimesCannotBlowUpTheFile() {
		String slug = unique("expand");
		String uses = "[" + "!Context a, ".repeat(200) + "!Context a]";
		String blueprint = FLOW.replace("SLUG", slug).replace("NAME", "x") + "    conditions: " + uses + "\n";

		Response response = send(
				form(BOOTSTRAP_KEY).file(blueprint).field("context", "{\"a\": [" + "1,".repeat(5_000) + "1]}"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("success").asBoolean()).isFalse();
		assertThat(response.json().get("logs").get(0).get("event").asString()).startsWith("The file expands to more");
		assertThat(flows(slug)).isZero();
	}

	@Test
	void multipartJunkIsAJson4xx() {
		HttpRequest junk = HttpRequest.newBuilder(uri(BLUEPRINT_IMPORT))
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nab"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
			.build();
		HttpRequest json = HttpRequest.newBuilder(uri(BLUEPRINT_IMPORT))
			.POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"x\"}"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
			.build();
		long rows = rows();

		for (HttpRequest request : List.of(junk, json)) {
			Response response = send(request);
			assertThat(response.status()).as(response.body()).isBetween(400, 415);
			assertThat(response.json().isObject() || response.json().isArray()).isTrue();
		}
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void permissionsAreAuthentiks() {
		String slug = unique("perm");
		String file = FLOW.replace("SLUG", slug).replace("NAME", "x");
		String withoutInstance = tokenWith(ApiPermission.ADD_FLOW, ApiPermission.CHANGE_FLOW,
				ApiPermission.DELETE_FLOW);
		String withoutDelete = tokenWith(ApiPermission.ADD_BLUEPRINT_INSTANCE, ApiPermission.ADD_FLOW,
				ApiPermission.CHANGE_FLOW);
		String enough = tokenWith(ApiPermission.ADD_BLUEPRINT_INSTANCE, ApiPermission.ADD_FLOW,
				ApiPermission.CHANGE_FLOW, ApiPermission.DELETE_FLOW);

		Response noInstance = send(form(withoutInstance).file(file));
		Response noDelete = send(form(withoutDelete).file(file));

		assertThat(noInstance.status()).isEqualTo(403);
		assertThat(noInstance.json().get("detail").asString())
			.isEqualTo("You do not have permission to perform this action.");
		assertThat(noDelete.status()).isEqualTo(403);
		assertThat(noDelete.body()).isEqualTo("{\"null\":\"User lacks permission to create authentik_flows.flow\"}");
		assertThat(flows(slug)).isZero();
		assertThat(send(form(enough).file(file)).json().get("success").asBoolean()).isTrue();
		assertThat(flows(slug)).isOne();
	}

	@Test
	void theFlowImportRouteIsNotServedInThisLine() {
		Response response = send(multipart("file", "flow.yaml", FLOW, BOOTSTRAP_KEY));

		assertThat(response.status()).isEqualTo(405);
	}

	private static long flows(String slug) {
		return count("select count(*) from authentik_flows_flow where slug = ?", slug);
	}

	private Form form(String token) {
		return form(BLUEPRINT_IMPORT, token);
	}

	@Test
	void planDryRunAndConflictWorkOnThisRouteToo() {
		String slug = unique("planned");
		String file = FLOW.replace("SLUG", slug).replace("NAME", "Planned");
		long rows = rows();

		Response dry = send(form(BOOTSTRAP_KEY).file(file).field("dry_run", "true"));

		assertThat(dry.json().get("plan").get(0).get("action").asString()).as(dry.body()).isEqualTo("create");
		assertThat(rows()).isEqualTo(rows);
		assertThat(send(form(BOOTSTRAP_KEY).file(file)).body()).isEqualTo("{\"logs\":[],\"success\":true}");
		Response failed = send(form(BOOTSTRAP_KEY).file(file).field("conflict", "fail").field("plan", "true"));
		assertThat(failed.json().get("plan").get(0).get("action").asString()).isEqualTo("fail");
		assertThat(send(form(BOOTSTRAP_KEY).file(file).field("conflict", "merge")).body())
			.isEqualTo("{\"conflict\":[\"\\\"merge\\\" is not a valid choice.\"]}");
	}

}

package io.passwordstage.blueprint;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile blueprint files: each is answered {@code success: false} with the
 * warning that says why (or a 4xx), quickly, and changes nothing, not even the valid flow
 * entry each file starts with.
 */
class FlowImportHostileTest extends ImportTest {

	private static final String VALID_FLOW = """
			version: 1
			entries:
			  - model: authentik_flows.flow
			    identifiers: {slug: SLUG}
			    attrs: {name: First, title: First, designation: authentication}
			""";

	static Stream<Arguments> hostileFiles() {
		String laughs = "version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
				+ Stream.of("b", "c", "d", "e", "f", "g", "h", "i")
					.map(level -> level + ": &" + level + " [" + ("*" + previous(level) + ", ").repeat(8) + "*"
							+ previous(level) + "]\n")
					.reduce("", String::concat);
		return Stream.of(
				Arguments.of("not YAML", VALID_FLOW + "  - model: [unclosed\n", "The file is not valid YAML: "),
				Arguments.of("billion laughs", laughs, "The file is not valid YAML: Number of aliases"),
				Arguments.of("recursive alias", "version: 1\nentries: &e [*e]\n", "The file nests deeper than 40"),
				Arguments.of("deep nesting", "version: 1\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n",
						"The file is not valid YAML: Nesting Depth exceeded max 40"),
				Arguments.of("an unknown model",
						VALID_FLOW + "  - model: authentik_core.user\n    identifiers: {username: akadmin}\n",
						"Entry invalid: Model authentik_core.user is not served here"),
				Arguments.of("a model without its app", VALID_FLOW + "  - model: flow\n    identifiers: {slug: x}\n",
						"Entry invalid: Model flow is not served here"),
				Arguments.of("an environment tag", VALID_FLOW + "    conditions: [!Env AUTHENTIK_BOOTSTRAP_TOKEN]\n",
						"The file is not valid YAML: the tag !Env is not supported"),
				Arguments.of("a file tag", VALID_FLOW.replace("name: First", "name: !File /etc/passwd"),
						"The file is not valid YAML: the tag !File is not supported"),
				Arguments.of("a Python object", "version: 1\nx: !!python/object:os.system [id]\n",
						"The file is not valid YAML: Global tag is not allowed"),
				Arguments.of("another version", VALID_FLOW.replace("version: 1", "version: 2"),
						"Invalid blueprint version"),
				Arguments.of("a version as text", VALID_FLOW.replace("version: 1", "version: '1'"),
						"Invalid blueprint version"),
				Arguments.of("a list", "- version: 1\n", "The file is not a blueprint: its top level is not a mapping"),
				Arguments.of("an empty file", "", "The file is not a blueprint: its top level is not a mapping"),
				Arguments.of("entries as text", "version: 1\nentries: all of them\n",
						"entries: must be a list of entries"),
				Arguments.of("an entry as text", "version: 1\nentries: [flow]\n",
						"entries: each entry must be a mapping"),
				Arguments.of("number keys", VALID_FLOW.replace("name: First", "1: First"),
						"Mapping keys must be text, not number"),
				Arguments.of("a bad state", VALID_FLOW + "    state: gone\n",
						"'gone' is not a valid BlueprintEntryDesiredState"),
				Arguments.of("permissions", VALID_FLOW + "    permissions: [{permission: view_flow, user: 1}]\n",
						"authentik_flows.flow: object permissions are not supported"),
				Arguments.of("a dangling KeyOf",
						VALID_FLOW + "  - model: authentik_flows.flowstagebinding\n"
								+ "    identifiers: {target: !KeyOf nothing, stage: !KeyOf nothing, order: 1}\n",
						"Entry invalid: KeyOf: failed to find entry with `id` of `nothing` and a model instance"),
				Arguments.of("a malformed pk",
						VALID_FLOW + "  - model: authentik_flows.flow\n    identifiers: {pk: 12, slug: x}\n",
						"Entry invalid: Invalid identifier value for pk: “12” is not a valid UUID."),
				Arguments.of("an unknown identifier",
						VALID_FLOW + "  - model: authentik_flows.flow\n    identifiers: {flow_uuid: x}\n",
						"Entry invalid: Invalid identifier field: flow_uuid"),
				Arguments.of("an order beyond an integer",
						VALID_FLOW + "  - model: authentik_flows.flowstagebinding\n    identifiers: {target: "
								+ UUID.randomUUID() + ", stage: " + UUID.randomUUID() + ", order: 99999999999}\n",
						"Entry invalid: Invalid identifier value for order: a valid integer is required."),
				Arguments.of("no identifiers", VALID_FLOW + "  - model: authentik_flows.flow\n    attrs: {name: x}\n",
						"Entry invalid: No or invalid identifiers"),
				Arguments.of("a NUL in a name",
						VALID_FLOW + "  - model: authentik_stages_password.passwordstage\n"
								+ "    identifiers: {name: \"a\\0b\"}\n    attrs: {backends: []}\n",
						"Entry invalid: Invalid identifier value for name: Null characters are not allowed."),
				Arguments.of("a NUL in an attribute",
						VALID_FLOW + "  - model: authentik_stages_password.passwordstage\n"
								+ "    identifiers: {name: x}\n    attrs: {backends: [\"a\\0b\"]}\n",
						"Entry invalid: Serializer errors {"),
				Arguments.of("a binding to nothing",
						VALID_FLOW + "  - model: authentik_flows.flowstagebinding\n    identifiers: {target: "
								+ UUID.randomUUID() + ", stage: " + UUID.randomUUID() + ", order: 1}\n",
						"Entry invalid: Serializer errors {"),
				Arguments.of("the same slug twice under other pks",
						VALID_FLOW + "  - model: authentik_flows.flow\n    state: must_created\n"
								+ "    identifiers: {slug: SLUG}\n    attrs: {name: Second}\n",
						"Entry invalid: State is set to must_created and object exists already"));
	}

	private static String previous(String level) {
		return String.valueOf((char) (level.charAt(0) - 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void isRefusedAndChangesNothing(String what, String yaml, String expected) {
		String slug = unique("hostile");
		long rows = rows();

		long started = System.nanoTime();
		Response response = importFile(yaml.replace("SLUG", slug));
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode result = response.json();
		assertThat(result.get("success").asBoolean()).as(response.body()).isFalse();
		assertThat(result.get("logs").get(0).get("event").asString()).as(response.body()).startsWith(expected);
		assertThat(result.get("logs").get(0).get("log_level").asString()).isEqualTo("warning");
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(404);
		assertThat(rows()).isEqualTo(rows);
		assertThat(millis).as("answered in %d ms", millis).isLessThan(5_000);
	}

	@Test
	void notUtf8() {
		byte[] file = (VALID_FLOW.replace("SLUG", unique("latin")) + "# caf\u00e9\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		Response response = importBytes(file, io.passwordstage.support.ApiTest.BOOTSTRAP_KEY);

		assertThat(response.json().get("logs").get(0).get("event").asString()).isEqualTo("The file is not UTF-8 text");
	}

	@Test
	void aFileOverTheBodyLimitIsA413() {
		long rows = rows();
		byte[] file = ("version: 1\n# " + "x".repeat(1_100_000) + "\n").getBytes(StandardCharsets.UTF_8);

		Response response = importBytes(file, io.passwordstage.support.ApiTest.BOOTSTRAP_KEY);

		assertThat(response.status()).as(response.body()).isEqualTo(413);
		assertThat(response.json().has("detail")).isTrue();
		assertThat(rows()).isEqualTo(rows);
	}

}

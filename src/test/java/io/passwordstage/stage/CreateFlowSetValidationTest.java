package io.passwordstage.stage;

import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.support.StageBody.flow;
import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static io.passwordstage.support.StoredRows.stagesNamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: a {@code flow_set} that fails FlowSetRequest validation is a 400 with
 * index-aligned errors.
 */
class CreateFlowSetValidationTest extends ApiTest {

	private static final String SLUG_PATTERN = "Enter a valid \\\"slug\\\" consisting of letters, numbers, underscores or hyphens.";

	private static final String SLUG_TAKEN = "{\"slug\":[\"Flow with this slug already exists.\"]}";

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("null", "null", """
				{"flow_set":["This field may not be null."]}"""), arguments("object", "{\"a\": 1}", """
				{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"dict\\"."]}}"""),
				arguments("string", "\"cfs\"", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"str\\"."]}}"""),
				arguments("integer", "1", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"int\\"."]}}"""),
				arguments("boolean", "true", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"bool\\"."]}}"""),
				arguments("valid, empty, string and null items", "[" + flow("cfs-mixed-ok") + ", {}, \"x\", null]", """
						{"flow_set":[{},{"name":["This field is required."],"slug":["This field is required."],\
						"title":["This field is required."],"designation":["This field is required."]},\
						{"non_field_errors":["Invalid data. Expected a dictionary, but got str."]},\
						["This field may not be null."]]}"""), arguments("list and number items", "[[], 5]", """
						{"flow_set":[{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]},\
						{"non_field_errors":["Invalid data. Expected a dictionary, but got int."]}]}"""),
				arguments("only a slug", "[{\"slug\": \"cfs-only-slug\"}]", """
						{"flow_set":[{"name":["This field is required."],"title":["This field is required."],\
						"designation":["This field is required."]}]}"""),
				arguments("blank, whitespace and null required fields",
						"[{\"name\": \"\", \"slug\": \"  \", \"title\": \" \\t\", \"designation\": null}]",
						"""
								{"flow_set":[{"name":["This field may not be blank."],"slug":["This field may not be blank."],\
								"title":["This field may not be blank."],"designation":["This field may not be null."]}]}"""),
				arguments("non-string name and title",
						"[{\"name\": true, \"slug\": \"cfs-types\", \"title\": [\"t\"], \"designation\": \"recovery\"}]",
						"""
								{"flow_set":[{"name":["Not a valid string."],"title":["Not a valid string."]}]}"""),
				arguments("NUL in name",
						"[{\"name\": \"a\\u0000\", \"slug\": \"cfs-nul\", \"title\": \"t\","
								+ " \"designation\": \"recovery\"}]",
						"""
								{"flow_set":[{"name":["Null characters are not allowed."]}]}"""),
				arguments("null slug",
						"[{\"name\": \"n\", \"slug\": null, \"title\": \"t\", \"designation\": \"recovery\"}]", """
								{"flow_set":[{"slug":["This field may not be null."]}]}"""),
				arguments("slug of 51 characters", "[" + flow("cfs-" + "x".repeat(47)) + "]", """
						{"flow_set":[{"slug":["Ensure this field has no more than 50 characters."]}]}"""),
				arguments("slug too long and malformed", "[" + flow("cfs " + "x".repeat(47)) + "]",
						"{\"flow_set\":[{\"slug\":[\"Ensure this field has no more than 50 characters.\",\""
								+ SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a space", "[" + flow("cfs with space") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a slash", "[" + flow("cfs/slash") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a dot", "[" + flow("cfs.dot") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with non-ASCII letters", "[" + flow("cfs-ünï") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("unknown designation",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation\", \"title\": \"t\","
								+ " \"designation\": \"foo\"}]",
						"""
								{"flow_set":[{"designation":["\\"foo\\" is not a valid choice."]}]}"""),
				arguments("designation in upper case",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation-case\","
								+ " \"title\": \"t\", \"designation\": \"Authentication\"}]",
						"""
								{"flow_set":[{"designation":["\\"Authentication\\" is not a valid choice."]}]}"""),
				arguments("empty designation",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation-empty\", \"title\": \"t\","
								+ " \"designation\": \"\"}]",
						"""
								{"flow_set":[{"designation":["\\"\\" is not a valid choice."]}]}"""),
				arguments("bad optional choices",
						"[{\"name\": \"n\", \"slug\": \"cfs-optional\", \"title\": \"t\","
								+ " \"designation\": \"enrollment\", \"denied_action\": \"deny\", \"layout\": \"grid\","
								+ " \"compatibility_mode\": \"maybe\", \"policy_engine_mode\": \"some\"}]",
						"""
								{"flow_set":[{"policy_engine_mode":["\\"some\\" is not a valid choice."],\
								"compatibility_mode":["Must be a valid boolean."],"layout":["\\"grid\\" is not a valid choice."],\
								"denied_action":["\\"deny\\" is not a valid choice."]}]}"""),
				arguments("null optional fields",
						"[{\"name\": \"n\", \"slug\": \"cfs-optional-null\", \"title\": \"t\","
								+ " \"designation\": \"enrollment\", \"denied_action\": null, \"layout\": null,"
								+ " \"compatibility_mode\": null, \"policy_engine_mode\": null}]",
						"""
								{"flow_set":[{"policy_engine_mode":["This field may not be null."],\
								"compatibility_mode":["This field may not be null."],"layout":["This field may not be null."],\
								"denied_action":["This field may not be null."]}]}"""),
				arguments("only the middle item bad",
						"[" + flow("cfs-aligned-a") + ", " + flow("cfs aligned b") + ", " + flow("cfs-aligned-c") + "]",
						"{\"flow_set\":[{},{\"slug\":[\"" + SLUG_PATTERN + "\"]},{}]}"),
				arguments("duplicate slug in one request",
						"[" + flow("cfs-twice") + ", " + flow("cfs-once") + ", " + flow("cfs-twice") + "]",
						"{\"flow_set\":[{},{}," + SLUG_TAKEN + "]}"),
				arguments("same slug three times",
						"[" + flow("cfs-thrice") + ", " + flow("cfs-thrice") + ", " + flow("cfs-thrice") + "]",
						"{\"flow_set\":[{}," + SLUG_TAKEN + "," + SLUG_TAKEN + "]}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String flowSet, String expected) {
		assertCreateRejected(StageBody.body()
			.name("cfs-rejected-" + description)
			.raw("flow_set", flowSet)
			.backends(Backend.INBUILT)
			.json(), expected);
	}

	@Test
	void rejectsTheSlugOfAnExistingFlow() {
		assertThat(post(STAGES, StageBody.stage("cfs-existing-owner").flows("cfs-existing").json()).status())
			.isEqualTo(201);

		Response response = post(STAGES,
				StageBody.stage("cfs-existing-again").flows("cfs-existing-new", "cfs-existing").json());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"flow_set\":[{}," + SLUG_TAKEN + "]}");
		assertThat(stagesNamed("cfs-existing-again")).isZero();
		assertThat(flowsWithSlug("cfs-existing-new")).isZero();
		assertThat(flowsWithSlug("cfs-existing")).isOne();
	}

	@Test
	void reportsFlowSetBetweenNameAndBackends() {
		String body = "{\"backends\": \"x\", \"flow_set\": [{\"slug\": \"cfs-order\"}], \"name\": \"\"}";

		Response response = post(STAGES, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"This field may not be blank.\"],\"flow_set\":[{\"name\":"
				+ "[\"This field is required.\"],\"title\":[\"This field is required.\"],\"designation\":"
				+ "[\"This field is required.\"]}],\"backends\":[\"Expected a list of items but got type \\\"str\\\".\"]}");
	}

	@Test
	void validFlowSetIsNotWrittenWhenAnotherFieldFails() {
		assertCreateRejected(StageBody.stage("cfs-other-field-fails")
			.flows("cfs-other-field-fails")
			.set("allow_show_password", "maybe")
			.json(), "{\"allow_show_password\":[\"Must be a valid boolean.\"]}");
	}

}

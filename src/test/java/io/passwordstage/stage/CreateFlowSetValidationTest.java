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
 * POST: a {@code flow_set} that fails FlowSetRequest validation, end to end: a wrong
 * type, index-aligned item errors and a slug rule with authentik's exact 400 bodies, the
 * slug of an existing flow, and no flow written when another field fails. Every rule with
 * its exact body: {@link PasswordStageValidatorTest}.
 */
class CreateFlowSetValidationTest extends ApiTest {

	private static final String SLUG_PATTERN = "Enter a valid \\\"slug\\\" consisting of letters, numbers, underscores or hyphens.";

	private static final String SLUG_TAKEN = "{\"slug\":[\"Flow with this slug already exists.\"]}";

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("object", "{\"a\": 1}", """
				{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"dict\\"."]}}"""),
				arguments("valid, empty, string and null items", "[" + flow("cfs-mixed-ok") + ", {}, \"x\", null]", """
						{"flow_set":[{},{"name":["This field is required."],"slug":["This field is required."],\
						"title":["This field is required."],"designation":["This field is required."]},\
						{"non_field_errors":["Invalid data. Expected a dictionary, but got str."]},\
						["This field may not be null."]]}"""), arguments("slug with a space",
						"[" + flow("cfs with space") + "]", "{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"));
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
	void validFlowSetIsNotWrittenWhenAnotherFieldFails() {
		assertCreateRejected(StageBody.stage("cfs-other-field-fails")
			.flows("cfs-other-field-fails")
			.set("allow_show_password", "maybe")
			.json(), "{\"allow_show_password\":[\"Must be a valid boolean.\"]}");
	}

}

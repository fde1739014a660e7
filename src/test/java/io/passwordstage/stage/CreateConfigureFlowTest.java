package io.passwordstage.stage;

import java.util.UUID;
import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: {@code configure_flow} end to end: a malformed value, an unknown flow and the
 * primary key of a stage that is no flow with authentik's exact 400 bodies; no flow for
 * an empty value, and an existing flow in every spelling Django parses, as stored. Every
 * rule with its exact body: {@link PasswordStageValidatorTest}.
 */
class CreateConfigureFlowTest extends ApiTest {

	/** A valid body with {@code configure_flow} as the JSON text given. */
	private static String body(String name, String configureFlow) {
		return StageBody.stage(name).raw("configure_flow", configureFlow).json();
	}

	static Stream<Arguments> rejected() {
		UUID unknown = UUID.randomUUID();
		return Stream.of(arguments("malformed string", "\"not-a-uuid\"", """
				{"configure_flow":["“not-a-uuid” is not a valid UUID."]}"""),
				arguments("well-formed unknown", "\"" + unknown + "\"",
						"{\"configure_flow\":[\"Invalid pk \\\"" + unknown + "\\\" - object does not exist.\"]}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String value, String expected) {
		assertCreateRejected(body("ccf-rejected-" + description, value), expected);
	}

	@Test
	void rejectsThePrimaryKeyOfAStageThatIsNoFlow() {
		String stagePk = post(STAGES, body("ccf-a-stage", "null")).json().get("pk").stringValue();

		Response response = post(STAGES, body("ccf-points-at-stage", "\"" + stagePk + "\""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"configure_flow\":[\"Invalid pk \\\"" + stagePk + "\\\" - object does not exist.\"]}");
		assertThat(stagesNamed("ccf-points-at-stage")).isZero();
	}

	static Stream<Arguments> empty() {
		return Stream.of(arguments("null", "null"), arguments("empty string", "\"\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("empty")
	void storesNoFlowForAnEmptyValue(String description, String value) {
		String name = "ccf-empty-" + description;

		Response response = post(STAGES, body(name, value));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("configure_flow").isNull()).isTrue();
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name + "' and p.configure_flow_id is null"))
			.isOne();
	}

	static Stream<Arguments> spellings() {
		return Stream.of(arguments("canonical", "%s"), arguments("upper case", "%S"), arguments("no hyphens", "hex:%s"),
				arguments("braces", "{%s}"), arguments("urn", "urn:uuid:%s"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("spellings")
	void acceptsAnExistingFlowInEverySpellingDjangoParses(String description, String spelling) {
		String suffix = description.replace(' ', '-');
		String flowPk = flowPk("ccf-flow-" + suffix);
		String sent = spelling.startsWith("hex:") ? flowPk.replace("-", "") : spelling.formatted(flowPk);
		String name = "ccf-spelling-" + suffix;

		Response response = post(STAGES, body(name, "\"" + sent + "\""));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("configure_flow").stringValue()).isEqualTo(flowPk);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name + "' and p.configure_flow_id = '" + flowPk
				+ "'"))
			.isOne();
	}

	/**
	 * Creates a flow (through a stage's {@code flow_set}) and returns its primary key.
	 */
	private String flowPk(String slug) {
		Response response = post(STAGES,
				StageBody.stage(slug + "-owner").flowSet(StageBody.flow(slug, "stage_configuration")).json());
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("flow_set").get(0).get("pk").stringValue();
	}

}

package io.passwordstage.binding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation text of a binding create, in DRF's order (all field errors, then the
 * unique rule, then {@code validate()}); nothing is written by any of them.
 */
class BindingValidationTest extends BindingApiTest {

	static final String NOT_UNIQUE = "The fields target, stage, order must make a unique set.";

	static final String NOT_EVALUATED = "Either evaluation on plan or evaluation on run must be enabled";

	private static final String UNKNOWN = "0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d";

	private String flow;

	private String stage;

	@BeforeEach
	void flowAndStage() {
		flow = flow(unique("valflow"));
		stage = stage(unique("valstage"));
	}

	/** A JSON error body: keys and messages in the order given. */
	static String errors(String... keyThenMessage) {
		Map<String, List<String>> body = new LinkedHashMap<>();
		for (int i = 0; i < keyThenMessage.length; i += 2) {
			body.put(keyThenMessage[i], List.of(keyThenMessage[i + 1]));
		}
		return JSON.writeValueAsString(body);
	}

	static Stream<Arguments> rejected() {
		String valid = "\"target\": FLOW, \"stage\": STAGE, \"order\": 1";
		String notNull = "This field may not be null.";
		return Stream.of(
				Arguments.of("{}",
						errors("target", "This field is required.", "stage", "This field is required.", "order",
								"This field is required.")),
				Arguments.of("{\"target\": \"foo\", \"stage\": STAGE, \"order\": 1}",
						errors("target", "\u201cfoo\u201d is not a valid UUID.")),
				Arguments.of("{\"target\": FLOW, \"stage\": \"foo\", \"order\": 1}",
						errors("stage", "\u201cfoo\u201d is not a valid UUID.")),
				Arguments.of("{\"target\": \"" + UNKNOWN + "\", \"stage\": STAGE, \"order\": 1}",
						errors("target", "Invalid pk \"" + UNKNOWN + "\" - object does not exist.")),
				Arguments.of("{\"target\": FLOW, \"stage\": \"" + UNKNOWN + "\", \"order\": 1}",
						errors("stage", "Invalid pk \"" + UNKNOWN + "\" - object does not exist.")),
				Arguments.of("{\"target\": 5, \"stage\": STAGE, \"order\": 1}",
						errors("target", "Invalid pk \"5\" - object does not exist.")),
				Arguments.of("{\"target\": true, \"stage\": STAGE, \"order\": 1}",
						errors("target", "Incorrect type. Expected pk value, received bool.")),
				Arguments.of("{\"target\": null, \"stage\": STAGE, \"order\": 1}", errors("target", notNull)),
				Arguments.of("{\"target\": \"\", \"stage\": STAGE, \"order\": 1}", errors("target", notNull)),
				Arguments.of("{\"target\": FLOW, \"stage\": null, \"order\": 1}", errors("stage", notNull)),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": null}", errors("order", notNull)),
				Arguments.of("{" + valid + ", \"evaluate_on_plan\": null}", errors("evaluate_on_plan", notNull)),
				Arguments.of("{" + valid + ", \"re_evaluate_policies\": null}",
						errors("re_evaluate_policies", notNull)),
				Arguments.of("{" + valid + ", \"policy_engine_mode\": null}", errors("policy_engine_mode", notNull)),
				Arguments.of("{" + valid + ", \"invalid_response_action\": null}",
						errors("invalid_response_action", notNull)),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": \"abc\"}",
						errors("order", "A valid integer is required.")),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": 1.5}",
						errors("order", "A valid integer is required.")),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": true}",
						errors("order", "A valid integer is required.")),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": 2147483648}",
						errors("order", "Ensure this value is less than or equal to 2147483647.")),
				Arguments.of("{\"target\": FLOW, \"stage\": STAGE, \"order\": \"-2147483649\"}",
						errors("order", "Ensure this value is greater than or equal to -2147483648.")),
				Arguments.of("{" + valid + ", \"evaluate_on_plan\": \"maybe\"}",
						errors("evaluate_on_plan", "Must be a valid boolean.")),
				Arguments.of("{" + valid + ", \"re_evaluate_policies\": \"maybe\"}",
						errors("re_evaluate_policies", "Must be a valid boolean.")),
				Arguments.of("{" + valid + ", \"policy_engine_mode\": \"x\"}",
						errors("policy_engine_mode", "\"x\" is not a valid choice.")),
				Arguments.of("{" + valid + ", \"invalid_response_action\": \"x\"}",
						errors("invalid_response_action", "\"x\" is not a valid choice.")),
				Arguments.of("{" + valid + ", \"evaluate_on_plan\": false, \"re_evaluate_policies\": false}",
						errors("non_field_errors", NOT_EVALUATED)),
				Arguments.of("{" + valid + ", \"re_evaluate_policies\": false}",
						errors("non_field_errors", NOT_EVALUATED)),
				Arguments.of("[]", errors("non_field_errors", "Invalid data. Expected a dictionary, but got list.")),
				Arguments.of("\"x\"", errors("non_field_errors", "Invalid data. Expected a dictionary, but got str.")),
				Arguments.of(
						"{\"invalid_response_action\": 1, \"policy_engine_mode\": \"x\", \"order\": \"abc\", "
								+ "\"evaluate_on_plan\": \"maybe\", \"stage\": true, \"target\": \"foo\"}",
						"{\"target\":[\"\u201cfoo\u201d is not a valid UUID.\"],"
								+ "\"stage\":[\"Incorrect type. Expected pk value, received bool.\"],"
								+ "\"evaluate_on_plan\":[\"Must be a valid boolean.\"],"
								+ "\"order\":[\"A valid integer is required.\"],"
								+ "\"policy_engine_mode\":[\"\\\"x\\\" is not a valid choice.\"],"
								+ "\"invalid_response_action\":[\"\\\"1\\\" is not a valid choice.\"]}"),
				Arguments.of("{\"target\": \"" + UNKNOWN
						+ "\", \"stage\": STAGE, \"order\": 1, \"evaluate_on_plan\": false, \"re_evaluate_policies\": false}",
						errors("target", "Invalid pk \"" + UNKNOWN + "\" - object does not exist.")));
	}

	@ParameterizedTest
	@MethodSource
	void rejected(String template, String expected) {
		String body = template.replace("FLOW", "\"" + flow + "\"").replace("STAGE", "\"" + stage + "\"");
		String before = rows();

		Response response = post(BINDINGS, body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theSameTargetStageAndOrderTwiceIsNotUnique() {
		bind(flow, stage, 7);
		String before = rows();

		Response response = post(BINDINGS,
				"{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 7}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(errors("non_field_errors", NOT_UNIQUE));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void fieldErrorsComeBeforeTheUniqueRuleAndTheUniqueRuleBeforeValidate() {
		bind(flow, stage, 8);
		String duplicate = "\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 8";
		String before = rows();

		Response fieldError = post(BINDINGS, "{" + duplicate + ", \"policy_engine_mode\": \"x\"}");
		Response notUnique = post(BINDINGS, "{" + duplicate + ", \"re_evaluate_policies\": false}");

		assertThat(fieldError.body()).isEqualTo(errors("policy_engine_mode", "\"x\" is not a valid choice."));
		assertThat(notUnique.body()).isEqualTo(errors("non_field_errors", NOT_UNIQUE));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aNumberIsAUuidOfThatValue() {
		Response response = post(BINDINGS, "{\"target\": \"" + flow + "\", \"stage\": "
				+ new java.math.BigInteger(stage.replace("-", ""), 16) + ", \"order\": 1}");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("stage").stringValue()).isEqualTo(stage);
		assertThat(UUID.fromString(response.json().get("pk").stringValue())).isNotNull();
	}

}

package io.passwordstage.stage;

import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: {@code failed_attempts_before_cancel} end to end: one rule of the DRF step and
 * one of Bean Validation with authentik's exact 400 bodies, DRF's coercions as they are
 * stored, and the default. Every rule with its exact body:
 * {@link PasswordStageValidatorTest}.
 */
class CreateFailedAttemptsTest extends ApiTest {

	private static final String INVALID = "{\"failed_attempts_before_cancel\":[\"A valid integer is required.\"]}";

	/** A valid body with {@code failed_attempts_before_cancel} as the JSON text given. */
	private static String body(String name, String failedAttempts) {
		return StageBody.stage(name).raw("failed_attempts_before_cancel", failedAttempts).json();
	}

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("letters", "\"abc\"", INVALID), arguments("one above the maximum", "2147483648", """
				{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String value, String expected) {
		assertCreateRejected(body("cfa-rejected-" + description, value), expected);
	}

	static Stream<Arguments> accepted() {
		return Stream.of(arguments("numeric string", "\"7\"", 7), arguments("integral float", "7.0", 7),
				arguments("integral float with zeros", "8.00", 8), arguments("padded string", "\" 12 \"", 12),
				arguments("string with decimal zero", "\"13.0\"", 13),
				arguments("string with trailing point", "\"14.\"", 14), arguments("exponent number", "1e3", 1000),
				arguments("plus sign", "\"+15\"", 15), arguments("underscore digits", "\"1_000_000\"", 1000000),
				arguments("negative", "-3", -3), arguments("negative string", "\"-4\"", -4), arguments("zero", "0", 0),
				arguments("maximum", "2147483647", 2147483647), arguments("minimum", "-2147483648", -2147483648));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void storesTheInteger(String description, String value, int stored) {
		String name = "cfa-accepted-" + description;

		Response response = post(STAGES, body(name, value));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("failed_attempts_before_cancel").intValue()).isEqualTo(stored);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name
				+ "' and p.failed_attempts_before_cancel = " + stored))
			.isOne();
	}

	@Test
	void defaultsToFive() {
		Response response = post(STAGES, StageBody.stage("cfa-default").backends(Backend.LDAP).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("failed_attempts_before_cancel").isInt()).isTrue();
		assertThat(response.json().get("failed_attempts_before_cancel").intValue()).isEqualTo(5);
	}

}

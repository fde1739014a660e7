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
 * POST: {@code failed_attempts_before_cancel} is a 32-bit integer with DRF's coercions.
 */
class CreateFailedAttemptsTest extends ApiTest {

	private static final String INVALID = "{\"failed_attempts_before_cancel\":[\"A valid integer is required.\"]}";

	/** A valid body with {@code failed_attempts_before_cancel} as the JSON text given. */
	private static String body(String name, String failedAttempts) {
		return StageBody.stage(name).raw("failed_attempts_before_cancel", failedAttempts).json();
	}

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("fraction", "1.5", INVALID), arguments("fraction string", "\"1.5\"", INVALID),
				arguments("letters", "\"abc\"", INVALID), arguments("empty string", "\"\"", INVALID),
				arguments("exponent string", "\"1e3\"", INVALID), arguments("hex string", "\"0x10\"", INVALID),
				arguments("true", "true", INVALID), arguments("false", "false", INVALID),
				arguments("list", "[1]", INVALID), arguments("object", "{}", INVALID), arguments("null", "null", """
						{"failed_attempts_before_cancel":["This field may not be null."]}"""),
				arguments("one above the maximum", "2147483648",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("above the maximum as string", "\"2147483648\"",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("above the maximum as float", "2147483648.0",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("one below the minimum", "-2147483649",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is greater than or equal to -2147483648."]}"""),
				arguments("1000 digits", "\"" + "1".repeat(1000) + "\"",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("1001 characters", "\"" + "1".repeat(1001) + "\"", """
						{"failed_attempts_before_cancel":["String value too large."]}"""),
				arguments("1001 letters", "\"" + "x".repeat(1001) + "\"", """
						{"failed_attempts_before_cancel":["String value too large."]}"""));
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

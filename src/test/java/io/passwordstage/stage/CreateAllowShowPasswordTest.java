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
 * POST: {@code allow_show_password} end to end: DRF's boolean spellings as they are
 * stored, the default, and a value that is no boolean and {@code null} with authentik's
 * exact 400 bodies. Every rejected value with its exact body:
 * {@link PasswordStageValidatorTest}.
 */
class CreateAllowShowPasswordTest extends ApiTest {

	private static final String INVALID = "{\"allow_show_password\":[\"Must be a valid boolean.\"]}";

	/** A valid body with {@code allow_show_password} as the JSON text given. */
	private static String body(String name, String allowShowPassword) {
		return StageBody.stage(name).raw("allow_show_password", allowShowPassword).json();
	}

	static Stream<Arguments> accepted() {
		return Stream.of(arguments("true", true), arguments("false", false), arguments("\"yes\"", true),
				arguments("\"on\"", true), arguments("\"1\"", true), arguments("1", true), arguments("1.0", true),
				arguments("\"TRUE\"", true), arguments("\"True\"", true), arguments("\"t\"", true),
				arguments("\"Y\"", true), arguments("\"f\"", false), arguments("\"off\"", false),
				arguments("\"0\"", false), arguments("0", false), arguments("0.0", false), arguments("\"no\"", false),
				arguments("\"N\"", false), arguments("\"FALSE\"", false), arguments("\"Off\"", false));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("accepted")
	void storesTheBoolean(String value, boolean stored) {
		String name = "csp-accepted-" + value.replace("\"", "'");

		Response response = post(STAGES, body(name, value));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("allow_show_password").isBoolean()).isTrue();
		assertThat(response.json().get("allow_show_password").booleanValue()).isEqualTo(stored);
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name.replace("'", "''")
				+ "' and p.allow_show_password = " + stored))
			.isOne();
	}

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("\"maybe\"", INVALID),
				arguments("null", "{\"allow_show_password\":[\"This field may not be null.\"]}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String value, String expected) {
		assertCreateRejected(body("csp-rejected-" + value.replace("\"", "'"), value), expected);
	}

	@Test
	void defaultsToFalse() {
		Response response = post(STAGES, StageBody.stage("csp-default").backends(Backend.TOKEN).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("allow_show_password").isBoolean()).isTrue();
		assertThat(response.json().get("allow_show_password").booleanValue()).isFalse();
	}

}

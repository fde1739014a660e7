package io.passwordstage.stage;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.stage.Backend.INBUILT;
import static io.passwordstage.stage.Backend.KERBEROS;
import static io.passwordstage.stage.Backend.LDAP;
import static io.passwordstage.stage.Backend.TOKEN;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: {@code backends} end to end: a wrong type, an empty list and wrong items with
 * authentik's exact 400 bodies, and accepted lists as they are stored. Every rule with
 * its exact body: {@link PasswordStageValidatorTest}.
 */
class CreateBackendsValidationTest extends ApiTest {

	/** The backends as a JSON array in the API's compact form. */
	private static String array(Backend... backends) {
		return Arrays.stream(backends)
			.map(backend -> "\"" + backend.value() + "\"")
			.collect(Collectors.joining(",", "[", "]"));
	}

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("string", "\"" + INBUILT.value() + "\"", """
				{"backends":["Expected a list of items but got type \\"str\\"."]}"""), arguments("empty list", "[]", """
				{"backends":["This list may not be empty."]}"""), arguments("several items wrong",
				"[\"foo\", \"" + TOKEN.value() + "\", 3]",
				"""
						{"backends":{"0":["\\"foo\\" is not a valid choice."],"2":["\\"3\\" is not a valid choice."]}}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String backends, String expected) {
		assertCreateRejected(StageBody.body().name("cbk-rejected-" + description).raw("backends", backends).json(),
				expected);
	}

	static Stream<Arguments> accepted() {
		return Stream.of(arguments("all four", array(INBUILT, TOKEN, LDAP, KERBEROS)),
				arguments("reverse order kept", array(KERBEROS, LDAP, INBUILT)),
				arguments("duplicates kept", array(LDAP, INBUILT, LDAP)),
				arguments("single kerberos", array(KERBEROS)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void storesTheListAsSent(String description, String backends) {
		String name = "cbk-accepted-" + description;

		Response response = post(STAGES, StageBody.body().name(name).raw("backends", backends).json());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("backends").toString()).isEqualTo(backends);
		String array = backends.replace("[", "{").replace("]", "}").replace("\"", "");
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name + "' and p.backends = '" + array + "'"))
			.isOne();
	}

}

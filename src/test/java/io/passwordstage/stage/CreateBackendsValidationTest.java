package io.passwordstage.stage;

import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.stage.StoredRows.assertNothingWritten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** POST: {@code backends} must be a non-empty list of the four backend choices. */
class CreateBackendsValidationTest extends ApiTest {

	private static final String INBUILT = "authentik.core.auth.InbuiltBackend";

	private static final String TOKEN = "authentik.core.auth.TokenBackend";

	private static final String LDAP = "authentik.sources.ldap.auth.LDAPBackend";

	private static final String KERBEROS = "authentik.sources.kerberos.auth.KerberosBackend";

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("null", "null", """
				{"backends":["This field may not be null."]}"""), arguments("string", "\"" + INBUILT + "\"", """
				{"backends":["Expected a list of items but got type \\"str\\"."]}"""),
				arguments("empty string", "\"\"", """
						{"backends":["Expected a list of items but got type \\"str\\"."]}"""),
				arguments("object", "{\"0\": \"" + INBUILT + "\"}", """
						{"backends":["Expected a list of items but got type \\"dict\\"."]}"""),
				arguments("integer", "5", """
						{"backends":["Expected a list of items but got type \\"int\\"."]}"""),
				arguments("float", "5.5", """
						{"backends":["Expected a list of items but got type \\"float\\"."]}"""),
				arguments("boolean", "true", """
						{"backends":["Expected a list of items but got type \\"bool\\"."]}"""),
				arguments("empty list", "[]", """
						{"backends":["This list may not be empty."]}"""),
				arguments("second item unknown", "[\"" + INBUILT + "\", \"foo\"]", """
						{"backends":{"1":["\\"foo\\" is not a valid choice."]}}"""),
				arguments("several items wrong", "[\"foo\", \"" + TOKEN + "\", 3]",
						"""
								{"backends":{"0":["\\"foo\\" is not a valid choice."],"2":["\\"3\\" is not a valid choice."]}}"""),
				arguments("null item", "[null]", """
						{"backends":{"0":["This field may not be null."]}}"""),
				arguments("null after a valid item", "[\"" + LDAP + "\", null]", """
						{"backends":{"1":["This field may not be null."]}}"""),
				arguments("empty string item", "[\"\"]", """
						{"backends":{"0":["\\"\\" is not a valid choice."]}}"""),
				arguments("boolean item", "[true]", """
						{"backends":{"0":["\\"True\\" is not a valid choice."]}}"""),
				arguments("float item", "[1.5]", """
						{"backends":{"0":["\\"1.5\\" is not a valid choice."]}}"""),
				arguments("list item", "[[\"x\"]]", """
						{"backends":{"0":["\\"['x']\\" is not a valid choice."]}}"""),
				arguments("object item", "[{\"a\": 1}]", """
						{"backends":{"0":["\\"{'a': 1}\\" is not a valid choice."]}}"""),
				arguments("wrong case", "[\"authentik.core.auth.inbuiltbackend\"]", """
						{"backends":{"0":["\\"authentik.core.auth.inbuiltbackend\\" is not a valid choice."]}}"""),
				arguments("not trimmed", "[\" " + INBUILT + "\"]", """
						{"backends":{"0":["\\" authentik.core.auth.InbuiltBackend\\" is not a valid choice."]}}"""),
				arguments("display label instead of value", "[\"User database + standard password\"]", """
						{"backends":{"0":["\\"User database + standard password\\" is not a valid choice."]}}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String backends, String expected) {
		String body = "{\"name\": \"cbk-rejected-%s\", \"backends\": %s}".formatted(description, backends);

		Response response = post(STAGES, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
		assertNothingWritten(body);
	}

	static Stream<Arguments> accepted() {
		return Stream.of(
				arguments("all four", "[\"%s\",\"%s\",\"%s\",\"%s\"]".formatted(INBUILT, TOKEN, LDAP, KERBEROS)),
				arguments("reverse order kept", "[\"%s\",\"%s\",\"%s\"]".formatted(KERBEROS, LDAP, INBUILT)),
				arguments("duplicates kept", "[\"%s\",\"%s\",\"%s\"]".formatted(LDAP, INBUILT, LDAP)),
				arguments("single kerberos", "[\"%s\"]".formatted(KERBEROS)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void storesTheListAsSent(String description, String backends) {
		String name = "cbk-accepted-" + description;

		Response response = post(STAGES, "{\"name\": \"%s\", \"backends\": %s}".formatted(name, backends));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("backends").toString()).isEqualTo(backends);
		String array = backends.replace("[", "{").replace("]", "}").replace("\"", "");
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = '" + name + "' and p.backends = '" + array + "'"))
			.isOne();
	}

}

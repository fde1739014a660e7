package io.passwordstage.stage;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: request-level failures (body not JSON, not an object, wrong media type) and their
 * {@code detail}. Of the bodies that are JSON but no object, one is sent here; all of
 * them: {@link PasswordStageValidatorTest}.
 */
class CreateRequestErrorsTest extends ApiTest {

	private static String valid(String name) {
		return StageBody.stage(name).json();
	}

	private static final String REQUIRED = "{\"name\":[\"This field is required.\"],\"backends\":[\"This field is required.\"]}";

	@Test
	void rejectsABodyThatIsNoObject() {
		Response response = post(STAGES, "[" + valid("crq-in-a-list") + "]");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
		assertThat(stagesNamed("crq-in-a-list")).isZero();
	}

	/**
	 * A JSON {@code null} body reaches DRF's serializer as no data, which it reports as
	 * "No data provided".
	 */
	@Test
	void rejectsJsonNullAsNoData() {
		Response response = post(STAGES, "null");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"No data provided\"]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "{\"name\": \"crq-trailing-comma\",}", "{'name': 'crq-single-quotes'}",
			"{name: \"crq-bare-key\"}", "{\"name\": \"crq-unterminated", "{} {}", "{\"name\": \"crq-nan\", \"x\": NaN}",
			"{\"name\": \"crq-zeros\", \"failed_attempts_before_cancel\": 007}", "{\"name\": \"crq-comment\" /* c */}",
			"[1,]", "\uFEFF{\"name\": \"crq-bom\"}", "{\"name\": \"crq-raw-tab\t\"}" })
	void rejectsMalformedJson(String body) {
		assertParseError(post(STAGES, body));
	}

	/**
	 * orjson refuses a document without a value ("input data is empty"); only a
	 * zero-length body is {@code {}}.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "   ", "\n", " \r\n\t " })
	void rejectsAWhitespaceOnlyBodyAsMalformed(String body) {
		assertParseError(post(STAGES, body));
	}

	private static void assertParseError(Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).startsWith("{\"detail\":\"JSON parse error - ").endsWith("\"}");
		assertThat(response.json().propertyNames()).containsExactly("detail");
	}

	@Test
	void rejectsInvalidUtf8() {
		String valid = valid("crq-bad-utf8-?");
		byte[] body = valid.getBytes(StandardCharsets.US_ASCII);
		body[valid.indexOf('?')] = (byte) 0xFF;

		Response response = send(HttpRequest.newBuilder(uri(STAGES))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
			.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).startsWith("JSON parse error - ");
		assertThat(count("select count(*) from authentik_flows_stage where name like 'crq-bad-utf8-%'")).isZero();
	}

	static Stream<Arguments> unsupported() {
		return Stream.of(arguments("text/plain", "Unsupported media type \"text/plain\" in request."),
				arguments("text/plain; charset=utf-8",
						"Unsupported media type \"text/plain; charset=utf-8\" in request."),
				arguments("application/x-www-form-urlencoded",
						"Unsupported media type \"application/x-www-form-urlencoded\" in request."),
				arguments("application/xml", "Unsupported media type \"application/xml\" in request."),
				arguments("application/vnd.api+json",
						"Unsupported media type \"application/vnd.api+json\" in request."),
				arguments(null, "Unsupported media type \"\" in request."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsupported")
	void rejectsABodyThatIsNotDeclaredJson(String contentType, String detail) {
		String name = "crq-media-" + contentType;

		Response response = send("POST", STAGES, valid(name), contentType, BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().get("detail").stringValue()).isEqualTo(detail);
		assertThat(response.body()).isEqualTo("{\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
		assertThat(stagesNamed(name)).isZero();
	}

	static Stream<Arguments> emptyBodies() {
		return Stream.of(arguments("application/json"), arguments("text/plain"), arguments((String) null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyBodies")
	void treatsAnEmptyBodyAsAnEmptyObject(String contentType) {
		Response response = send("POST", STAGES, null, contentType, BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(REQUIRED);
	}

	@Test
	void acceptsJsonWithACharset() {
		Response response = send("POST", STAGES, valid("crq-ok-charset"), "application/json; charset=utf-8",
				BOOTSTRAP_KEY);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(stagesNamed("crq-ok-charset")).isOne();
	}

	static Stream<Arguments> notAcceptable() {
		return Stream.of(arguments("text/html", true), arguments("application/xml", true),
				arguments("text/html", false));
	}

	/** DRF negotiates the response type before authenticating or running the view. */
	@ParameterizedTest(name = "{0}, authenticated: {1}")
	@MethodSource("notAcceptable")
	void answersNotAcceptableBeforeWritingAnything(String accept, boolean authenticated) {
		String name = "crq-accept-" + accept + (authenticated ? "" : "-anonymous");
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(STAGES))
			.POST(HttpRequest.BodyPublishers.ofString(valid(name)))
			.header("Content-Type", "application/json")
			.header("Accept", accept);
		if (authenticated) {
			request.header("Authorization", "Bearer " + BOOTSTRAP_KEY);
		}

		Response response = send(request.build());

		assertSoftly(softly -> {
			softly.assertThat(stagesNamed(name)).as("stages written").isZero();
			softly.assertThat(response.status()).isEqualTo(406);
			softly.assertThat(response.body())
				.isEqualTo("{\"detail\":\"Could not satisfy the request Accept header.\"}");
		});
	}

}

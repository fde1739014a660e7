package io.passwordstage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body already read whole, as routes receive it: parsed the way authentik's parsers
 * parse it, its failure kept until the route needs the body.
 */
class RequestBodiesTest {

	private final JsonBodyParser parser = new JsonBodyParser(JsonMapper.builder().build());

	@Test
	void anEmptyBodyIsAnEmptyObjectWhateverItsType() {
		assertThat(parser.parse(new byte[0], "text/plain").toString()).isEqualTo("{}");
	}

	@Test
	void jsonIsParsedAndAnythingElseIsRefused() {
		assertThat(parser.parse(bytes("{\"name\": \"x\"}"), "application/json; charset=utf-8").get("name").asString())
			.isEqualTo("x");
		assertThatThrownBy(() -> parser.parse(bytes("name=x"), "text/plain")).isInstanceOfSatisfying(ApiException.class,
				ex -> {
					assertThat(ex.status().value()).isEqualTo(415);
					assertThat(ex.getMessage()).isEqualTo("Unsupported media type \"text/plain\" in request.");
				});
	}

	@Test
	void malformedJsonIsAParseErrorThatEchoesNoToken() {
		assertThatThrownBy(() -> parser.parse(bytes("{\"key\": sEcReT-tOkEn}"), "application/json"))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.status().value()).isEqualTo(400);
				assertThat(ex.getMessage()).startsWith("JSON parse error - ").doesNotContain("sEcReT");
			});
		assertThatThrownBy(() -> parser.parse(bytes("\uFEFF{}"), "application/json"))
			.hasMessage("JSON parse error - unexpected byte-order mark: line 1 column 1 (char 0)");
		assertThatThrownBy(() -> parser.parse(bytes("{} []"), "application/json"))
			.hasMessageStartingWith("JSON parse error - ");
	}

	@Test
	void aFormGivesItsFilesAndFields() {
		String form = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flow.yaml\"\r\n\r\n"
				+ "version: 1\r\n--b\r\nContent-Disposition: form-data; name=\"clear\"\r\n\r\ntrue\r\n--b--\r\n";
		MultipartForm parsed = MultipartForm.parse(bytes(form), "multipart/form-data; boundary=b");

		assertThat(new String(parsed.file("file"), StandardCharsets.UTF_8)).isEqualTo("version: 1");
		assertThat(parsed.field("clear")).isEqualTo("true");
		assertThat(parsed.file("clear")).isNull();
		assertThat(MultipartForm.empty().file("file")).isNull();
	}

	@Test
	void aBrokenFormOrAnotherTypeFailsWhenUsed() {
		assertThatThrownBy(
				() -> MultipartForm.parse(bytes("--b\r\nnot a part"), "multipart/form-data; boundary=b").file("file"))
			.hasMessage("Multipart form parse error - the body is not a valid multipart form.");
		assertThatThrownBy(() -> MultipartForm.parse(bytes("{}"), "application/json").file("file"))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.status().value()).isEqualTo(415));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

package io.passwordstage.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.passwordstage.auth.ApiPermission.ADD;
import static io.passwordstage.auth.ApiPermission.CHANGE;
import static io.passwordstage.auth.ApiPermission.VIEW;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and secrets sent in any part of a request never reach the log or a response; every
 * answer has safe headers.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest extends AbstractTokenApiTest {

	private static final String MARKER = "secrets-test-output-is-captured";

	private final List<Response> responses = new ArrayList<>();

	@Test
	void keysAndSecretsStayOutOfTheLogAndTheResponses(CapturedOutput output) throws IOException {
		LoggerFactory.getLogger(SecretsNotLoggedTest.class).info(MARKER);
		String reader = tokenWith(VIEW);
		String writer = tokenWith(VIEW, ADD, CHANGE);
		String expired = tokens.mint(identifier(), "expired", Instant.now().minusSeconds(60), false,
				List.of(VIEW.value()));
		String wrong = "wrong" + UUID.randomUUID().toString().replace("-", "") + "0123456789abcdefghijklmnopq";
		String password = "password-" + UUID.randomUUID();
		String clientSecret = "client-secret-" + UUID.randomUUID();
		String identifier = identifier();
		Response minted = mint("{\"identifier\": \"" + identifier + "\", \"expiring\": false}");
		assertThat(minted.status()).as(minted.body()).isEqualTo(201);
		assertSafeHeaders(minted);
		String mintedKey = "set-" + UUID.randomUUID();
		Response set = call("POST", TOKENS + identifier + "/set_key/", "{\"key\": \"" + mintedKey + "\"}",
				BOOTSTRAP_KEY);
		assertThat(set.status()).isEqualTo(204);
		List<String> keys = List.of(BOOTSTRAP_KEY, reader, writer, expired, wrong, mintedKey);
		assertThat(minted.body()).doesNotContain(BOOTSTRAP_KEY, reader, writer, expired, wrong, mintedKey);

		assertThat(call("GET", STAGES, null, reader).status()).isEqualTo(200);
		assertThat(call("GET", STAGES, null, "bearer " + mintedKey).status()).isEqualTo(200);
		Response created = call("POST", STAGES,
				StageBody.stage(identifier()).set("password", password).set("key", mintedKey).json(), writer);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String stage = STAGES + created.json().get("pk").stringValue() + "/";
		assertThat(call("PATCH", stage, "{\"client_secret\": \"" + clientSecret + "\", \"token\": \"" + reader + "\"}",
				writer)
			.status()).isEqualTo(200);
		assertThat(call("GET", STAGES, null, wrong).status()).isEqualTo(403);
		assertThat(call("GET", STAGES, null, expired).status()).isEqualTo(403);
		assertThat(call("GET", STAGES, null, "Bearer  " + reader).status()).isEqualTo(403);
		assertThat(call("GET", STAGES, null, "Basic " + writer).status()).isEqualTo(403);
		assertThat(call("GET", STAGES, null, "Token " + writer).status()).isEqualTo(403);
		assertThat(
				call("POST", STAGES, "{\"name\": \"" + password + "\", \"key\": \"" + writer + "\", ", writer).status())
			.isEqualTo(400);
		assertThat(call("POST", STAGES, "{\"name\": x" + writer + "}", writer).status()).isEqualTo(400);
		assertThat(call("POST", STAGES, "{\"name\": \"" + password + "\", \"pad\": \"" + "x".repeat(1 << 20) + "\"}",
				writer)
			.status()).isEqualTo(413);
		assertThat(call("PUT", stage, "{\"name\": \"" + password + "\"}", "text/plain", writer).status())
			.isEqualTo(415);
		assertThat(call("POST", TOKENS, "{\"identifier\": \"no spaces allowed\", \"description\": \"" + clientSecret
				+ "\", \"key\": \"" + reader + "\"}", BOOTSTRAP_KEY)
			.status()).isEqualTo(400);
		assertThat(call("GET", STAGES + reader + "/", null, reader).status()).isEqualTo(404);
		assertThat(call("GET", TOKENS + writer + "/", null, BOOTSTRAP_KEY).status()).isEqualTo(404);
		assertThat(call("GET", STAGES + "?page=" + writer, null, reader).status()).isEqualTo(404);
		assertThat(call("GET", "/api/v3/" + reader + "/", null, reader).status()).isEqualTo(404);
		assertThat(call("DELETE", STAGES, null, writer).status()).isEqualTo(405);
		assertThat(call("GET", stage, null, expired).status()).isEqualTo(403);
		assertThat(call("DELETE", TOKENS + identifier + "/", null, BOOTSTRAP_KEY).status()).isEqualTo(204);
		assertThat(call("GET", STAGES, null, mintedKey).status()).isEqualTo(403);
		String rejected = raw("GET " + STAGES + "?key=" + writer + "{|} HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + reader + "\r\nConnection: close\r\n\r\n");
		assertThat(rejected).startsWith("HTTP/1.1 400");
		String undecodable = raw("GET " + STAGES + "?search=" + writer + "%zz&page=" + reader + "%C3%28 HTTP/1.1\r\n"
				+ "Host: localhost\r\nAuthorization: Bearer " + writer + "\r\nConnection: close\r\n\r\n");
		assertThat(undecodable).startsWith("HTTP/1.1 400 ").contains("{\"detail\":\"Malformed request.\"}");

		for (Response response : responses) {
			assertSafeHeaders(response);
			for (String key : keys) {
				assertThat(response.body()).as("response to a request").doesNotContain(key);
			}
			if (response.status() >= 400) {
				assertNoInternals(response.body());
			}
		}
		assertNoInternals(rejected.substring(rejected.indexOf("\r\n\r\n")));
		assertNoInternals(undecodable.substring(undecodable.indexOf("\r\n\r\n")));
		assertThat(output.getAll()).contains(MARKER);
		for (String secret : keys) {
			assertThat(output.getAll()).as("captured output").doesNotContain(secret);
		}
		assertThat(output.getAll()).doesNotContain(password).doesNotContain(clientSecret);
	}

	private Response call(String method, String path, String body, String authorization) {
		return call(method, path, body, body == null ? null : "application/json", authorization);
	}

	private Response call(String method, String path, String body, String contentType, String authorization) {
		Response response = send(method, path, body, contentType, authorization);
		responses.add(response);
		return response;
	}

	private static void assertSafeHeaders(Response response) {
		assertThat(response.header("X-Content-Type-Options")).as(response.body()).isEqualTo("nosniff");
		assertThat(response.header("Cache-Control")).as(response.body()).contains("no-store");
		assertThat(response.header("X-authentik-id")).as(response.body()).matches("[0-9a-f]{32}");
		assertThat(response.header("Server")).as(response.body()).isNull();
	}

	private static void assertNoInternals(String body) {
		for (String internal : List.of("Exception", "at io.", "org.postgresql", "org.springframework", "SQL",
				"java.")) {
			assertThat(body).as("error body").doesNotContain(internal);
		}
	}

	/** A request written by hand, for what an HTTP client refuses to send. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

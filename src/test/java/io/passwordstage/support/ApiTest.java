package io.passwordstage.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.passwordstage.PasswordStageApplication;
import io.passwordstage.auth.ApiTokens;
import io.passwordstage.auth.ApiPermission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: the whole service on a random port over real HTTP, on
 * PostgreSQL, with a superuser token minted for the test class.
 */
@SpringBootTest(classes = PasswordStageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "authentik.bootstrap.token=" + ApiTest.BOOTSTRAP_KEY)
public abstract class ApiTest extends PostgresTest {

	public static final String BOOTSTRAP_KEY = "test-bootstrap-key-0123456789";

	public static final String STAGES = "/api/v3/stages/password/";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApiTokens tokens;

	/** A token holding only the given permissions. */
	protected String tokenWith(String... permissions) {
		return tokens.mint("test-" + java.util.UUID.randomUUID(), "test", null, false, List.of(permissions));
	}

	/** A token holding only the given permissions. */
	protected String tokenWith(ApiPermission... permissions) {
		return tokenWith(Arrays.stream(permissions).map(ApiPermission::value).toArray(String[]::new));
	}

	protected Response post(String path, String json) {
		return send("POST", path, json, "application/json", BOOTSTRAP_KEY);
	}

	protected Response send(String method, String path, String body, String contentType, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
		}
		return send(request.build());
	}

	protected Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/**
	 * POSTs a create body as the superuser and asserts that it is a 400 with exactly
	 * {@code expected} as its body, and that nothing of it was stored.
	 */
	protected void assertCreateRejected(String body, String expected) {
		Response response = post(STAGES, body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(expected);
		StoredRows.assertNothingWritten(body);
	}

	/** A response: status, raw body and the body parsed as JSON when it is JSON. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

	}

}

package authorizationserver;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Authorization Server on a free port of the test's JVM, a Spring application of
 * its own (its own configuration name, so the service's {@code application.yml} is not
 * read): client-credentials tokens from {@code /oauth2/token}, keys at
 * {@code /oauth2/jwks}, discovery under the issuer.
 */
public final class AuthorizationServer implements AutoCloseable {

	/** A client whose tokens are current. */
	public static final String CLIENT = "passwordstage-client";

	/** A client whose tokens expired before they were issued. */
	public static final String EXPIRED_CLIENT = "passwordstage-expired";

	public static final String API_SCOPE = "goauthentik.io/api";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private AuthorizationServer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the server; its tokens name {@code username} in {@code preferred_username}.
	 */
	public static AuthorizationServer start(String username) {
		return new AuthorizationServer(new SpringApplicationBuilder(AuthorizationServerConfiguration.class)
			.properties("spring.config.name=authorization-server", "server.port=0", "server.address=127.0.0.1",
					"spring.main.banner-mode=off", "logging.level.root=warn", "springdoc.api-docs.enabled=false",
					"springdoc.swagger-ui.enabled=false", "authorization-server.username=" + username)
			.run());
	}

	/** The issuer: the server's base URL. */
	public String issuer() {
		return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
	}

	/** The server's signing keys. */
	public SigningKeys keys() {
		return context.getBean(SigningKeys.class);
	}

	/** An access token of {@code client} for {@code scope}, from the token endpoint. */
	public String token(String client, String scope) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((client + ":" + secretOf(client)).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token endpoint: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	/** Each client's secret (the server refuses two clients with one secret). */
	static String secretOf(String client) {
		return client + "-secret";
	}

	@Override
	public void close() {
		context.close();
	}

}

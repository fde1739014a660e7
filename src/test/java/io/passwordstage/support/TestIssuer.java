package io.passwordstage.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID issuer in the test's JVM: it publishes its discovery document and signing
 * keys ({@code /.well-known/openid-configuration}, {@code /jwks}) on a port of its own
 * and signs access tokens with its newest key; {@link #rotate()} adds a new key.
 */
public final class TestIssuer implements AutoCloseable {

	private final HttpServer server;

	private final List<RSAKey> keys = new CopyOnWriteArrayList<>();

	private TestIssuer(HttpServer server) {
		this.server = server;
	}

	public static TestIssuer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			TestIssuer issuer = new TestIssuer(server);
			issuer.rotate();
			server.createContext("/.well-known/openid-configuration", exchange -> issuer.answer(exchange,
					"{\"issuer\":\"" + issuer.uri() + "\",\"jwks_uri\":\"" + issuer.uri() + "/jwks\"}"));
			server.createContext("/jwks", exchange -> issuer.answer(exchange,
					new JWKSet(new ArrayList<>(issuer.keys)).toPublicJWKSet().toString()));
			server.start();
			return issuer;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The issuer's identifier: its base URL. */
	public String uri() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** A new signing key, published beside the old ones and used from now on. */
	public RSAKey rotate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			keys.add(key);
			return key;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key the issuer does not publish. */
	public static RSAKey strangerKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("stranger").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The newest key (its public part is what the issuer publishes). */
	public RSAKey key() {
		return keys.get(keys.size() - 1);
	}

	/**
	 * An access token for {@code username} with {@code scope}, valid for five minutes,
	 * for {@code audience}, signed with the newest key; {@code extra} claims replace
	 * these.
	 */
	public String token(String username, String scope, String audience, Map<String, Object> extra) {
		return sign(key(), claims(username, scope, audience, extra));
	}

	public JWTClaimsSet claims(String username, String scope, String audience, Map<String, Object> extra) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(uri())
			.subject("client-" + username)
			.audience(audience)
			.issueTime(java.util.Date.from(Instant.now()))
			.expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)))
			.claim("preferred_username", username)
			.claim("scope", scope);
		extra.forEach(claims::claim);
		return claims.build();
	}

	/** {@code claims} signed with {@code key} (RS256). */
	public static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void answer(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}

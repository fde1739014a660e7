package authorizationserver;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Two client-credentials clients whose JWT access tokens name {@code username} in
 * {@code preferred_username}: {@link AuthorizationServer#CLIENT}, and
 * {@link AuthorizationServer#EXPIRED_CLIENT}, whose tokens expired two minutes before
 * they were issued (more than a resource server's 60 s of clock skew). Boot's own
 * auto-configuration does the rest; the service's database is not this server's.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
class AuthorizationServerConfiguration {

	private static final String USERNAME = "preferred_username";

	private static final String BACKDATED = "backdated";

	@Bean
	SigningKeys signingKeys() {
		return new SigningKeys();
	}

	@Bean
	RegisteredClientRepository clients(Environment environment) {
		String username = environment.getRequiredProperty("authorization-server.username");
		return new InMemoryRegisteredClientRepository(client(AuthorizationServer.CLIENT, username, false),
				client(AuthorizationServer.EXPIRED_CLIENT, username, true));
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> namedAndSignedWithTheNewestKey(SigningKeys keys) {
		return (context) -> {
			ClientSettings settings = context.getRegisteredClient().getClientSettings();
			context.getClaims().claim(USERNAME, settings.<String>getSetting(USERNAME));
			context.getJwsHeader().keyId(keys.current());
			if (Boolean.TRUE.equals(settings.getSetting(BACKDATED))) {
				Instant issued = Instant.now().minus(Duration.ofMinutes(3));
				context.getClaims().issuedAt(issued).notBefore(issued).expiresAt(issued.plus(Duration.ofMinutes(1)));
			}
		};
	}

	private static RegisteredClient client(String id, String username, boolean backdated) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(id)
			.clientSecret("{noop}" + AuthorizationServer.secretOf(id))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(AuthorizationServer.API_SCOPE)
			.scope("other")
			.clientSettings(ClientSettings.builder().setting(USERNAME, username).setting(BACKDATED, backdated).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
			.build();
	}

}

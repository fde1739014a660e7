package io.passwordstage.auth;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The identity provider whose JWTs the API accepts: Spring Security's decoder for Spring
 * Boot's own settings ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri}, and {@code audiences}), or none when they are unset. Made here,
 * when the service starts, because the image builds its application context ahead of
 * time, and Boot's own decoder, conditional on those settings, would be decided at build
 * time. The decoder is made on first use, so an issuer that is down at start stops
 * nothing; it is asked again on the next JWT until it answers.
 */
record IdentityProvider(JwtDecoder decoder) {

	private static final String SETTINGS = "spring.security.oauth2.resourceserver.jwt.";

	/** Whether JWTs are on. */
	boolean configured() {
		return decoder != null;
	}

	@Configuration
	static class Settings {

		@Bean
		IdentityProvider identityProvider(Environment environment) {
			Binder binder = Binder.get(environment);
			String issuer = binder.bind(SETTINGS + "issuer-uri", String.class).orElse("");
			String keySet = binder.bind(SETTINGS + "jwk-set-uri", String.class).orElse("");
			List<String> audiences = binder.bind(SETTINGS + "audiences", Bindable.listOf(String.class))
				.orElse(List.of());
			if (issuer.isBlank() && keySet.isBlank()) {
				return new IdentityProvider(null);
			}
			return new IdentityProvider(new SupplierJwtDecoder(() -> {
				NimbusJwtDecoder decoder = keySet.isBlank() ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
						: NimbusJwtDecoder.withJwkSetUri(keySet).build();
				List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
				validators.add(issuer.isBlank() ? JwtValidators.createDefault()
						: JwtValidators.createDefaultWithIssuer(issuer));
				if (!audiences.isEmpty()) {
					validators.add(new JwtClaimValidator<List<String>>("aud",
							aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
				}
				decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
				return decoder;
			}));
		}

	}

}

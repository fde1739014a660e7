package io.passwordstage.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.passwordstage.config.AuthentikProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Stateless bearer-token security: no sessions, cookies, CSRF or login pages, and only
 * the filters that do something here (security headers and the bearer token). Each route
 * declares its permissions ({@link Requires}), checked with authentik's texts
 * ({@link PermissionCheck}).
 */
@Configuration
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, TokenAuthentication tokens, JwtAuthentication jwts,
			AuthentikProperties properties) throws Exception {
		http.cors(AbstractHttpConfigurer::disable);
		List<String> origins = properties.cors().allowedOrigins();
		if (!origins.isEmpty()) {
			CorsFilter cors = new CorsFilter(cors(origins));
			cors.setCorsProcessor(new JsonCorsProcessor());
			http.addFilterBefore(cors, AnonymousAuthenticationFilter.class);
		}
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.exceptionHandling(AbstractHttpConfigurer::disable)
			.addFilterBefore(new BearerTokenFilter(tokens, jwts), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Spring's CORS for the listed origins: a browser page from one of them may call the
	 * API with a bearer token; pre-flights are answered before authentication, and other
	 * origins get no CORS headers (so their browsers refuse the answers).
	 */
	private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
		// Spring's CORS, run before the bearer token so that pre-flights need none
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins);
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match"));
		configuration.setExposedHeaders(List.of("ETag", "X-authentik-id"));
		configuration.setMaxAge(600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		return source;
	}

	/** Spring's CORS processing, refusing a request from an origin not listed in JSON. */
	static final class JsonCorsProcessor extends DefaultCorsProcessor {

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
			response.getBody().write("{\"detail\":\"Invalid CORS request\"}".getBytes(StandardCharsets.UTF_8));
			response.flush();
		}

	}

	/**
	 * No observation around each security filter: the request's own observation
	 * ({@code http.server.requests}) already times it, and per-filter observations cost
	 * more CPU than the filters themselves.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}

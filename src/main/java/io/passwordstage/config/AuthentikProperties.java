package io.passwordstage.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Service settings under {@code authentik.*}; {@code AUTHENTIK_BOOTSTRAP_TOKEN} binds to
 * {@code authentik.bootstrap.token}.
 */
@Validated
@ConfigurationProperties("authentik")
public record AuthentikProperties(@NotNull @DefaultValue Bootstrap bootstrap,
		@Min(1024) @DefaultValue("1048576") long maxBodyBytes, @DefaultValue("2025.8") String apiSchema,
		@NotNull @DefaultValue("10s") Duration requestDeadline, @DefaultValue("") String blueprintsDir,
		@NotNull @DefaultValue("8MB") DataSize pendingBodiesMemory, @NotNull @DefaultValue Jwt jwt,
		@NotNull @DefaultValue Cors cors) {

	public AuthentikProperties {
		ApiSchema.of(apiSchema);
	}

	/** The schema line of responses and of the OpenAPI document. */
	public ApiSchema schema() {
		return ApiSchema.of(apiSchema);
	}

	/**
	 * The directory of the blueprint files an import may name by path; empty when the
	 * operator configured none.
	 */
	public java.util.Optional<java.nio.file.Path> blueprints() {
		return blueprintsDir == null || blueprintsDir.isBlank() ? java.util.Optional.empty()
				: java.util.Optional.of(java.nio.file.Path.of(blueprintsDir));
	}

	/**
	 * JWTs from the organisation's identity provider (on when Spring's
	 * {@code spring.security.oauth2.resourceserver.jwt.*} names an issuer or a key set):
	 * the claim naming the user a JWT acts as, and the scope it must carry.
	 */
	public record Jwt(@DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("goauthentik.io/api") String scope) {
	}

	/**
	 * The origins whose pages may call the API from a browser (CORS); none by default.
	 */
	public record Cors(@DefaultValue java.util.List<String> allowedOrigins) {
	}

	/**
	 * The bootstrap superuser token, read on start when no token of that identifier
	 * exists.
	 */
	public record Bootstrap(@DefaultValue("") String token) {

		public boolean isSet() {
			return token != null && !token.isBlank();
		}

	}

}

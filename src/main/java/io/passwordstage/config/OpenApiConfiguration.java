package io.passwordstage.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/v3/schema/}, named and secured as authentik's. */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI authentikOpenApi() {
		return new OpenAPI()
			.info(new Info().title("authentik").version("2025.8.1")
				.description("authentik-compatible PasswordStage API"))
			.components(new Components().addSecuritySchemes("authentik",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}

package io.passwordstage.config;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v3/schema/}, shaped as authentik's: paths relative to the
 * {@code /api/v3} server, the bearer scheme named {@code authentik}, empty response descriptions.
 */
@Configuration
class OpenApiConfiguration {

	static final String BASE_PATH = "/api/v3";

	@Bean
	OpenAPI authentikOpenApi() {
		return new OpenAPI()
			.info(new Info().title("authentik").version("2025.8.1")
				.description("authentik-compatible PasswordStage API"))
			.components(new Components()
				.addSecuritySchemes("authentik", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSchemas("Autocomplete", new ObjectSchema().additionalProperties(new ObjectSchema())));
	}

	@Bean
	OpenApiCustomizer authentikShape() {
		return openApi -> {
			Paths relative = new Paths();
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith(BASE_PATH + "/")) {
					relative.addPathItem(path.substring(BASE_PATH.length()), item);
				}
			});
			openApi.setPaths(relative);
			openApi.setServers(List.of(new Server().url(BASE_PATH)));
			relative.values()
				.forEach(item -> item.readOperations()
					.forEach(operation -> operation.getResponses()
						.forEach((code, response) -> response.setDescription("204".equals(code) ? "No response body" : ""))));
		};
	}

}

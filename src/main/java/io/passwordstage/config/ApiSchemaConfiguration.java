package io.passwordstage.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chosen schema line as a bean. */
@Configuration
class ApiSchemaConfiguration {

	@Bean
	ApiSchema apiSchema(AuthentikProperties properties) {
		return properties.schema();
	}

}

package io.passwordstage.web;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.AuthentikProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The request path's edge for a web-slice test: body parsing and the DRF steps. */
@TestConfiguration
@EnableConfigurationProperties(AuthentikProperties.class)
@Import({ JsonBodyParser.class, DrfSteps.class })
public class WebSlice {

	@Bean
	ApiSchema apiSchema(AuthentikProperties properties) {
		return properties.schema();
	}

}

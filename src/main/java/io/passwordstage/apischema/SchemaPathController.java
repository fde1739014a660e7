package io.passwordstage.apischema;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the OpenAPI document at authentik's path {@code /api/v3/schema/} (with its
 * trailing slash); springdoc itself answers at {@code /api/v3/schema}, next to which
 * Swagger UI finds its configuration.
 */
@Hidden
@Controller
class SchemaPathController {

	@GetMapping("/api/v3/schema/")
	String schema() {
		return "forward:/api/v3/schema";
	}

}

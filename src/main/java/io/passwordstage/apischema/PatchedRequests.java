package io.passwordstage.apischema;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * drf-spectacular's {@code Patched<X>} request schemas: a partial update's body is the
 * same request record as a create's, so its schema is {@code X}'s with no key required,
 * made here for every {@code Patched<X>} a route's request body references.
 */
final class PatchedRequests {

	private static final String PREFIX = "#/components/schemas/";

	private static final String PATCHED = "Patched";

	private PatchedRequests() {
	}

	@SuppressWarnings("rawtypes")
	static void derive(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
				return;
			}
			for (MediaType media : operation.getRequestBody().getContent().values()) {
				String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
				if (ref != null && ref.startsWith(PREFIX + PATCHED)) {
					String name = ref.substring(PREFIX.length());
					Schema whole = schemas.get(name.substring(PATCHED.length()));
					if (whole != null) {
						schemas.putIfAbsent(name, withoutRequired(whole));
					}
				}
			}
		}));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema withoutRequired(Schema whole) {
		Schema patched = new ObjectSchema().description(whole.getDescription());
		patched.setProperties(new LinkedHashMap<String, Schema>(whole.getProperties()));
		return patched;
	}

}

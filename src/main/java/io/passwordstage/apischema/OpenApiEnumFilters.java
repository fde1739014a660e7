package io.passwordstage.apischema;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * authentik 2026.5's list filters on enum fields: the filter's schema (a multiple choice
 * filter's items) names the enum's component ({@code $ref}, with the filter's description
 * beside it as {@code allOf: [$ref]}) instead of repeating its values.
 */
final class OpenApiEnumFilters {

	private static final String SCHEMAS = "#/components/schemas/";

	private OpenApiEnumFilters() {
	}

	@SuppressWarnings("rawtypes")
	static void byReference(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getParameters() == null) {
				return;
			}
			for (Parameter parameter : operation.getParameters()) {
				Schema filter = parameter.getSchema();
				if (filter != null && filter.getItems() != null && filter.getItems().getEnum() != null) {
					// a multiple choice filter: its items name the enum
					String component = componentWithValues(schemas, filter.getItems().getEnum());
					if (component != null) {
						filter.setItems(new Schema<>().$ref(SCHEMAS + component));
					}
					continue;
				}
				if (filter == null || filter.getEnum() == null || !"query".equals(parameter.getIn())) {
					continue;
				}
				String component = componentWithValues(schemas, filter.getEnum());
				if (component == null) {
					continue;
				}
				Schema reference = new Schema<>().$ref(SCHEMAS + component);
				if (parameter.getDescription() == null) {
					parameter.setSchema(reference);
				}
				else {
					parameter.setSchema(
							new ComposedSchema().allOf(List.of(reference)).description(parameter.getDescription()));
					parameter.setDescription(null);
				}
			}
		}));
	}

	@SuppressWarnings("rawtypes")
	private static String componentWithValues(Map<String, Schema> schemas, List<?> values) {
		return schemas.entrySet()
			.stream()
			.filter(entry -> entry.getValue().getEnum() != null
					&& new HashSet<>(entry.getValue().getEnum()).equals(new HashSet<>(values)))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}

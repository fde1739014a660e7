package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ServedIn;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Query parameters as the chosen line has them: one declared with the extension
 * {@code x-served-in: DIFFERENCE} ({@link ServedIn#PARAMETER}) is kept only in the lines
 * with that difference ({@code !DIFFERENCE}: without it), and loses the extension. A
 * filter on an enum component lists the values its line offers, sorted, as
 * drf-spectacular writes a choice filter; or, in the lines {@link ServedIn#CHOICES}
 * leaves out, is a plain string.
 */
final class LineParameters {

	private LineParameters() {
	}

	@SuppressWarnings("rawtypes")
	static void restrict(OpenAPI openApi, ApiSchema schema) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getParameters() == null) {
				return;
			}
			List<Parameter> kept = new ArrayList<>();
			for (Parameter parameter : operation.getParameters()) {
				Object servedIn = parameter.getExtensions() == null ? null
						: parameter.getExtensions().remove(ServedIn.PARAMETER);
				Object choices = parameter.getExtensions() == null ? null
						: parameter.getExtensions().remove(ServedIn.CHOICES);
				if (parameter.getExtensions() != null && parameter.getExtensions().isEmpty()) {
					parameter.setExtensions(null);
				}
				if (servedIn == null || servedIn(servedIn.toString(), schema)) {
					kept.add(parameter);
					inlineChoices(parameter, schemas, choices == null || servedIn(choices.toString(), schema));
				}
			}
			operation.setParameters(kept.isEmpty() ? null : kept);
		}));
	}

	private static boolean servedIn(String difference, ApiSchema schema) {
		boolean without = difference.startsWith("!");
		return schema.has(ApiSchema.Difference.valueOf(difference.substring(without ? 1 : 0))) != without;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void inlineChoices(Parameter parameter, Map<String, Schema> schemas, boolean listed) {
		String ref = parameter.getSchema() == null ? null : parameter.getSchema().get$ref();
		Schema component = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
		if (component == null || component.getEnum() == null) {
			return;
		}
		List<String> values = new ArrayList<>(component.getEnum().stream().map(Object::toString).toList());
		values.sort(null);
		parameter.setSchema(listed ? new StringSchema()._enum(values) : new StringSchema());
	}

}

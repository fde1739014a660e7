package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.List;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ServedIn;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Query parameters as the chosen line has them: one declared with the extension
 * {@code x-served-in: DIFFERENCE} ({@link ServedIn#PARAMETER}) is kept only in the lines
 * with that difference ({@code !DIFFERENCE}: without it), and loses the extension.
 */
final class LineParameters {

	private LineParameters() {
	}

	static void restrict(OpenAPI openApi, ApiSchema schema) {
		openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getParameters() == null) {
				return;
			}
			List<Parameter> kept = new ArrayList<>();
			for (Parameter parameter : operation.getParameters()) {
				Object servedIn = parameter.getExtensions() == null ? null
						: parameter.getExtensions().remove(ServedIn.PARAMETER);
				if (parameter.getExtensions() != null && parameter.getExtensions().isEmpty()) {
					parameter.setExtensions(null);
				}
				if (servedIn == null || servedIn(servedIn.toString(), schema)) {
					kept.add(parameter);
				}
			}
			operation.setParameters(kept.isEmpty() ? null : kept);
		}));
	}

	private static boolean servedIn(String difference, ApiSchema schema) {
		boolean without = difference.startsWith("!");
		return schema.has(ApiSchema.Difference.valueOf(difference.substring(without ? 1 : 0))) != without;
	}

}

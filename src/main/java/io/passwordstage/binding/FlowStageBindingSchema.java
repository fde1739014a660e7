package io.passwordstage.binding;

import java.util.List;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * drf-spectacular writes the read-only nested {@code stage_obj} as
 * {@code allOf: [Stage], readOnly: true}; swagger-core would put {@code readOnly} on the
 * {@code Stage} component itself.
 */
@Configuration
class FlowStageBindingSchema {

	@Bean
	OpenApiCustomizer readOnlyStageObject() {
		return openApi -> {
			@SuppressWarnings("rawtypes")
			Schema binding = openApi.getComponents().getSchemas().get("FlowStageBinding");
			if (binding != null) {
				binding.getProperties()
					.put("stage_obj",
							new ComposedSchema().allOf(List.of(new Schema<>().$ref("#/components/schemas/Stage")))
								.readOnly(true));
			}
		};
	}

}

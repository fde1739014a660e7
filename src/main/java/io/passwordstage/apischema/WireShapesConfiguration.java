package io.passwordstage.apischema;

import io.passwordstage.allstages.TypeCreate;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.flow.Flow;
import io.passwordstage.flow.FlowSet;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wire shapes of the chosen schema line: the records carry 2025.8's keys, and for
 * 2026.2 mix-ins rename and add what that line's components declare.
 */
@Configuration
class WireShapesConfiguration {

	@Bean
	JsonMapperBuilderCustomizer schemaLineShapes(ApiSchema schema) {
		return builder -> {
			if (schema.has(ApiSchema.Difference.SCHEMA_2026)) {
				builder.addMixIn(FlowSet.class, FlowSet.Wire2026.class);
				builder.addMixIn(Flow.class, Flow.Wire2026.class);
				builder.addMixIn(TypeCreate.class, TypeCreate.Wire2026.class);
			}
		};
	}

}

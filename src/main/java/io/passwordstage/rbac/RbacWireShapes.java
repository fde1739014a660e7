package io.passwordstage.rbac;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rbac wire shapes of the chosen line: the records carry 2025.8's keys. */
@Configuration
class RbacWireShapes {

	@Bean
	JsonMapperBuilderCustomizer rbacShapes(ApiSchema schema) {
		return builder -> {
			if (schema.has(Difference.RBAC_2026_5)) {
				builder.addMixIn(ExtraRolePermissionList.class, ExtraRolePermissionList.Wire2026_5.class);
			}
		};
	}

}

package io.passwordstage.auth;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The users' wire shapes of the chosen line: the records carry 2025.8's keys; the 2026
 * lines add a user's roles, and 2026.8 the browser sessions of {@code me}.
 */
@Configuration
class AccessWireShapes {

	@Bean
	JsonMapperBuilderCustomizer accessShapes(ApiSchema schema) {
		return builder -> {
			if (!schema.has(Difference.USER_PERMISSIONS)) {
				builder.addMixIn(User.class, User.Wire2026.class);
				builder.addMixIn(UserSelf.class,
						schema.has(Difference.BROWSER_SESSIONS) ? UserSelf.Wire2026_8.class : UserSelf.Wire2026.class);
			}
			if (schema.has(Difference.BROWSER_SESSIONS)) {
				builder.addMixIn(UserSelf.SessionUser.class, UserSelf.SessionUser.Wire2026_8.class);
			}
		};
	}

}

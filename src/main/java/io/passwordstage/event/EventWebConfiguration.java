package io.passwordstage.event;

import java.util.List;

import io.passwordstage.auth.PermissionCheck;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Routes that write take their {@link Caller} as an argument. */
@Configuration
class EventWebConfiguration implements WebMvcConfigurer {

	private final PermissionCheck access;

	EventWebConfiguration(PermissionCheck access) {
		this.access = access;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerResolver(access));
	}

}

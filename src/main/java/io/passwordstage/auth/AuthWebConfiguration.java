package io.passwordstage.auth;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Permissions declared on routes are checked first, before a body is read. */
@Configuration
class AuthWebConfiguration implements WebMvcConfigurer {

	/** Before the body is read (the body's reader has order 0). */
	static final int ORDER = -10;

	private final PermissionCheck access;

	private final ObjectKeys keys;

	AuthWebConfiguration(PermissionCheck access, ObjectKeys keys) {
		this.access = access;
		this.keys = keys;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PermissionInterceptor(access, new ObjectPermissionCheck(access, keys)))
			.order(ORDER);
	}

}

package io.passwordstage.auth;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Checks a route's {@link Requires} before anything else of the route runs. */
class PermissionInterceptor implements HandlerInterceptor {

	private final PermissionCheck access;

	PermissionInterceptor(PermissionCheck access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Requires requires = handler instanceof HandlerMethod method ? method.getMethodAnnotation(Requires.class) : null;
		if (requires == null) {
			return true;
		}
		String[] permissions = requires.value();
		switch (requires.scope()) {
			case COLLECTION -> {
				for (String permission : permissions) {
					access.requireOnCollection(permission);
				}
			}
			case OBJECT ->
				access.requireOnObject(permissions[0], Arrays.copyOfRange(permissions, 1, permissions.length));
			case SUPERUSER -> access.requireSuperuser(false);
		}
		return true;
	}

}

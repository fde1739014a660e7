package io.passwordstage.auth;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Checks a route's {@link Requires} before anything else of the route runs. */
class PermissionInterceptor implements HandlerInterceptor {

	private final PermissionCheck access;

	private final Map<Method, Requires[]> routes = new ConcurrentHashMap<>();

	PermissionInterceptor(PermissionCheck access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			for (Requires requires : routes.computeIfAbsent(method.getMethod(),
					route -> route.getAnnotationsByType(Requires.class))) {
				check(requires.scope(), requires.value());
			}
		}
		return true;
	}

	private void check(Requires.Scope scope, String[] permissions) {
		switch (scope) {
			case COLLECTION -> {
				for (String permission : permissions) {
					access.requireOnCollection(permission);
				}
			}
			case OBJECT ->
				access.requireOnObject(permissions[0], Arrays.copyOfRange(permissions, 1, permissions.length));
			case ANY_ON_COLLECTION -> access.requireAnyOnCollection(permissions);
			case ANY_ON_OBJECT -> access.requireAnyOnObject(permissions);
			case AUTHENTICATED -> access.requireAuthenticated();
			case SUPERUSER -> access.requireSuperuser(false);
			case SUPERUSER_OBJECT -> access.requireSuperuser(true);
		}
	}

}

package io.passwordstage.auth;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Checks a route's {@link Requires} before anything else of the route runs. */
class PermissionInterceptor implements HandlerInterceptor {

	private final PermissionCheck access;

	private final ObjectPermissionCheck objects;

	private final Map<Method, Requires[]> routes = new ConcurrentHashMap<>();

	PermissionInterceptor(PermissionCheck access, ObjectPermissionCheck objects) {
		this.access = access;
		this.objects = objects;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Requires[] requires = routes.computeIfAbsent(method.getMethod(),
					route -> route.getAnnotationsByType(Requires.class));
			if (requires.length > 0 && requires[0].scope() == Requires.Scope.ANY_ON_OBJECT) {
				List<String[]> groups = Arrays.stream(requires).skip(1).map(Requires::value).toList();
				objects.requireOnObject(pathValue(request), requires[0].value(), groups);
				return true;
			}
			for (Requires each : requires) {
				check(each.scope(), each.value(), request);
			}
		}
		return true;
	}

	private void check(Requires.Scope scope, String[] permissions, HttpServletRequest request) {
		switch (scope) {
			case COLLECTION -> {
				for (String permission : permissions) {
					access.requireOnCollection(permission);
				}
			}
			case LIST -> access.requireList(permissions);
			case OBJECT -> {
				List<String[]> groups = new ArrayList<>();
				for (int i = 1; i < permissions.length; i++) {
					groups.add(new String[] { permissions[i] });
				}
				objects.requireOnObject(pathValue(request), new String[] { permissions[0] }, groups);
			}
			case ON_FOUND_OBJECT -> {
				for (String permission : permissions) {
					objects.requireOnFoundObject(pathValue(request), permission);
				}
			}
			case ANY_ON_OBJECT -> throw new IllegalStateException("any-on-object groups come first");
			case AUTHENTICATED -> access.requireAuthenticated();
		}
	}

	/** The value of the route's path variable: what names its object. */
	@SuppressWarnings("unchecked")
	private static String pathValue(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables == null || variables.isEmpty() ? null : variables.values().iterator().next();
	}

}

package io.passwordstage.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * authentik's object filter on a list: a caller holding the view permission globally sees
 * every object (its keys are {@code null}, and the list's SQL is left as it is); any
 * other sees the objects it holds the permission on, their keys bound as one
 * {@code uuid[]} parameter ({@code = any(:visible)}). The filter runs after the search:
 * when the search leaves none of them, the list is a 403, not an empty page.
 */
public final class VisibleObjects {

	/** The parameter the condition binds. */
	public static final String PARAMETER = "visible";

	private VisibleObjects() {
	}

	/** The condition that keeps the objects whose key {@code column} holds. */
	public static String condition(String column) {
		return column + " = any(:" + PARAMETER + ")";
	}

	/** The keys as the parameter's value; keys that are no uuid name no object here. */
	public static UUID[] keys(Set<String> visible) {
		return visible.stream().map(DrfUuids::parseUuid).filter(key -> key != null).toArray(UUID[]::new);
	}

	/**
	 * Of a list's parameters, only its search: authentik searches first, then filters by
	 * object permission, and only then applies the other filters.
	 */
	public static Map<String, String> searchOnly(Map<String, String> params) {
		String search = params.get("search");
		return search == null ? Map.of() : Map.of("search", search);
	}

	/** authentik's answer when no object of the model is left to show. */
	public static void requireSome(long count) {
		if (count == 0) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
	}

}

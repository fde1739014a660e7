package io.passwordstage.auth;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Permission checks with authentik's outcomes, and the caller they are made for.
 * Collection routes tell an anonymous caller that credentials are missing; everything
 * else lacking a permission is "You do not have permission". Routes on one object are
 * checked by {@link ObjectPermissionCheck}.
 */
@Component
public class PermissionCheck {

	/**
	 * Create and list-level actions: the caller must hold {@code permission} globally.
	 */
	public ApiPrincipal requireOnCollection(String permission) {
		ApiPrincipal principal = requireAuthenticated();
		if (!principal.may(permission)) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return principal;
	}

	/**
	 * A list: the caller must hold one of {@code viewPermissions} globally or on some
	 * object; the list then shows only those objects.
	 */
	public ApiPrincipal requireList(String... viewPermissions) {
		ApiPrincipal principal = requireAuthenticated();
		if (!mayOnAny(principal, viewPermissions)) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return principal;
	}

	/** Routes any authenticated caller may use. */
	public ApiPrincipal requireAuthenticated() {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.NOT_AUTHENTICATED);
		}
		return principal;
	}

	/** The caller, or {@code null} when anonymous. */
	public ApiPrincipal current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ApiPrincipal principal ? principal
				: null;
	}

	/** Whether the caller holds one of {@code permissions} globally or on some object. */
	static boolean mayOnAny(ApiPrincipal principal, String[] permissions) {
		for (String permission : permissions) {
			if (principal.mayOnAny(permission)) {
				return true;
			}
		}
		return false;
	}

}

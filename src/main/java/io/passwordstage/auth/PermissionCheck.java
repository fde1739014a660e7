package io.passwordstage.auth;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Permission checks with authentik's outcomes: collection routes tell an anonymous caller
 * that credentials are missing; everything else lacking a permission is "You do not have
 * permission".
 */
@Component
public class PermissionCheck {

	/** List and create: the caller must hold {@code permission}. */
	public ApiPrincipal requireOnCollection(String permission) {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.NOT_AUTHENTICATED);
		}
		return require(principal, permission);
	}

	/**
	 * Routes on one object: the caller must be able to view it and hold every other
	 * permission.
	 */
	public ApiPrincipal requireOnObject(String viewPermission, String... permissions) {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		require(principal, viewPermission);
		for (String permission : permissions) {
			require(principal, permission);
		}
		return principal;
	}

	/** List routes any authenticated caller may use. */
	public ApiPrincipal requireAuthenticated() {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.NOT_AUTHENTICATED);
		}
		return principal;
	}

	/** List routes where any one of {@code permissions} is enough. */
	public ApiPrincipal requireAnyOnCollection(String... permissions) {
		return requireAny(requireAuthenticated(), permissions);
	}

	/**
	 * Routes on one object where any one of {@code permissions} is enough; call once per
	 * group that must be satisfied (view, then e.g. delete).
	 */
	public ApiPrincipal requireAnyOnObject(String... permissions) {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return requireAny(principal, permissions);
	}

	/** Token management: superuser tokens only. */
	public ApiPrincipal requireSuperuser(boolean objectRoute) {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(objectRoute ? ErrorTexts.PERMISSION_DENIED : ErrorTexts.NOT_AUTHENTICATED);
		}
		if (!principal.superuser()) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return principal;
	}

	/** The caller, or {@code null} when anonymous. */
	public ApiPrincipal current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ApiPrincipal principal ? principal
				: null;
	}

	private static ApiPrincipal requireAny(ApiPrincipal principal, String... permissions) {
		for (String permission : permissions) {
			if (principal.may(permission)) {
				return principal;
			}
		}
		throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
	}

	private static ApiPrincipal require(ApiPrincipal principal, String permission) {
		if (!principal.may(permission)) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return principal;
	}

}

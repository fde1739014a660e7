package io.passwordstage.auth;

import java.util.List;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Permission checks with authentik's outcomes. Collection routes tell an anonymous caller
 * that credentials are missing; everything else lacking a permission is "You do not have
 * permission". On one object, as authentik's object filter and object permissions decide:
 * a caller who may view no object of the model at all is refused (403), one who may view
 * some but not this one is told it does not exist (404), and each further permission is
 * needed globally or on this object.
 */
@Component
public class PermissionCheck {

	private final ObjectKeys keys;

	PermissionCheck(ObjectKeys keys) {
		this.keys = keys;
	}

	/**
	 * Create and list-level actions: the caller must hold {@code permission} globally.
	 */
	public ApiPrincipal requireOnCollection(String permission) {
		return require(requireAuthenticated(), permission);
	}

	/**
	 * A list: the caller must hold one of {@code viewPermissions} globally or on some
	 * object; the list then shows only those objects.
	 */
	public ApiPrincipal requireList(String... viewPermissions) {
		ApiPrincipal principal = requireAuthenticated();
		for (String permission : viewPermissions) {
			if (principal.mayOnAny(permission)) {
				return principal;
			}
		}
		throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
	}

	/**
	 * A route on the object {@code pathValue} names: the caller must be able to view it
	 * (any one of {@code view}) and hold, of each of {@code groups}, any one permission
	 * on it.
	 */
	public ApiPrincipal requireOnObject(String pathValue, String[] view, List<String[]> groups) {
		ApiPrincipal principal = current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		if (principal.superuser()) {
			return principal;
		}
		ObjectKey object = new ObjectKey(pathValue, ApiPermission.of(view[0]).model());
		if (!any(principal, view, null)) {
			if (!anyOnAny(principal, view)) {
				throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
			}
			if (object.pk() == null || !any(principal, view, object)) {
				throw ApiException.notFound(object.model.notFound());
			}
		}
		for (String[] group : groups) {
			if (any(principal, group, null)) {
				continue;
			}
			if (object.pk() == null) {
				throw ApiException.notFound(object.model.notFound());
			}
			if (!any(principal, group, object)) {
				throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
			}
		}
		return principal;
	}

	/**
	 * An action on the object {@code pathValue} names, as authentik's
	 * {@code permission_required} checks its object permission: held globally it is
	 * enough; otherwise an object that does not exist is a 404, and one the caller does
	 * not hold it on a 403 (for an anonymous caller, that credentials are missing).
	 */
	public ApiPrincipal requireOnFoundObject(String pathValue, String permission) {
		ApiPrincipal principal = current();
		if (principal != null && principal.may(permission)) {
			return principal;
		}
		ApiModel model = ApiPermission.of(permission).model();
		String pk = keys.pk(model, pathValue);
		if (pk == null) {
			throw ApiException.notFound(model.notFound());
		}
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.NOT_AUTHENTICATED);
		}
		if (!principal.mayOn(permission, pk)) {
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

	private static boolean any(ApiPrincipal principal, String[] permissions, ObjectKey object) {
		for (String permission : permissions) {
			if (principal.may(permission)
					|| object != null && principal.mayOnAny(permission) && principal.mayOn(permission, object.pk())) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyOnAny(ApiPrincipal principal, String[] permissions) {
		for (String permission : permissions) {
			if (principal.mayOnAny(permission)) {
				return true;
			}
		}
		return false;
	}

	private static ApiPrincipal require(ApiPrincipal principal, String permission) {
		if (!principal.may(permission)) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		return principal;
	}

	/** The object a route names, its key looked up once, when first needed. */
	private final class ObjectKey {

		private final String pathValue;

		private final ApiModel model;

		private String pk;

		private boolean looked;

		ObjectKey(String pathValue, ApiModel model) {
			this.pathValue = pathValue;
			this.model = model;
		}

		String pk() {
			if (!looked) {
				pk = keys.pk(model, pathValue);
				looked = true;
			}
			return pk;
		}

	}

}

package io.passwordstage.auth;

import java.util.List;

import io.passwordstage.web.ApiException;
import io.passwordstage.web.ErrorTexts;

/**
 * Permission checks on the object a route names, as authentik's object filter and object
 * permissions decide: a caller who may view no object of the model is refused (403), one
 * who may view some but not this one is told it does not exist (404), and each further
 * permission is needed globally or on this object.
 */
class ObjectPermissionCheck {

	private final PermissionCheck access;

	private final ObjectKeys keys;

	ObjectPermissionCheck(PermissionCheck access, ObjectKeys keys) {
		this.access = access;
		this.keys = keys;
	}

	/**
	 * A route on the object {@code pathValue} names: the caller must be able to view it
	 * (any one of {@code view}) and hold, of each of {@code groups}, any one permission
	 * on it.
	 */
	ApiPrincipal requireOnObject(String pathValue, String[] view, List<String[]> groups) {
		ApiPrincipal principal = access.current();
		if (principal == null) {
			throw ApiException.forbidden(ErrorTexts.PERMISSION_DENIED);
		}
		if (principal.superuser()) {
			return principal;
		}
		ObjectKey object = new ObjectKey(pathValue, ApiPermission.of(view[0]).model());
		if (!any(principal, view, null)) {
			if (!PermissionCheck.mayOnAny(principal, view)) {
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
	ApiPrincipal requireOnFoundObject(String pathValue, String permission) {
		ApiPrincipal principal = access.current();
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

	private static boolean any(ApiPrincipal principal, String[] permissions, ObjectKey object) {
		for (String permission : permissions) {
			if (principal.may(permission)
					|| object != null && principal.mayOnAny(permission) && principal.mayOn(permission, object.pk())) {
				return true;
			}
		}
		return false;
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

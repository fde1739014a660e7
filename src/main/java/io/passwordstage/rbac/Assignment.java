package io.passwordstage.rbac;

import io.passwordstage.auth.ApiPermission;

/**
 * One stored assignment of a permission to a role or a user: on one object
 * ({@code objectPk}) or global ({@code null}).
 */
record Assignment(long id, String permission, String objectPk) {

	String appLabel() {
		return permission.substring(0, Math.max(permission.indexOf('.'), 0));
	}

	String codename() {
		return permission.substring(permission.indexOf('.') + 1);
	}

	String model() {
		ApiPermission known = ApiPermission.of(permission);
		return known == null ? "" : known.model().model();
	}

	/** The permission's human-readable name. */
	String name() {
		ApiPermission known = ApiPermission.of(permission);
		return known == null ? permission : known.title();
	}

}

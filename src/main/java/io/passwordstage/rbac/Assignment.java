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

	/** The human-readable name of the permission's app. */
	String appLabelVerbose() {
		ApiPermission known = ApiPermission.of(permission);
		return known == null ? appLabel() : known.model().appVerboseName();
	}

	/** The human-readable name of the permission's model. */
	String modelVerbose() {
		ApiPermission known = ApiPermission.of(permission);
		return known == null ? permission : known.model().verboseName();
	}

	/** The permission's human-readable name. */
	String name() {
		ApiPermission known = ApiPermission.of(permission);
		return known == null ? permission : known.title();
	}

}

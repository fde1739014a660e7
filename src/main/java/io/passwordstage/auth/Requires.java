package io.passwordstage.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a route requires, on every route of the API, checked before anything of
 * the route runs (its body is not read, its arguments not resolved): a caller who may not
 * is answered at once. Repeated, every one must hold, in order.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Requires.All.class)
public @interface Requires {

	/**
	 * How the route names its object, which decides authentik's text for anonymous
	 * callers, and whether every permission or any one is needed.
	 */
	Scope scope();

	/** The permissions (for {@link Scope#OBJECT}, the view permission first). */
	String[] value() default {};

	enum Scope {

		/**
		 * A list-level route: every permission
		 * ({@link PermissionCheck#requireOnCollection}).
		 */
		COLLECTION,
		/** A detail route: every permission ({@link PermissionCheck#requireOnObject}). */
		OBJECT,
		/** A list-level route where any one permission is enough. */
		ANY_ON_COLLECTION,
		/** A detail route where any one permission is enough; repeat it per group. */
		ANY_ON_OBJECT,
		/** A list-level route any authenticated caller may use. */
		AUTHENTICATED,
		/** Token management, list level: superusers only. */
		SUPERUSER,
		/** Token management, on one token: superusers only. */
		SUPERUSER_OBJECT

	}

	/** The container of repeated {@link Requires}. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface All {

		Requires[] value();

	}

}

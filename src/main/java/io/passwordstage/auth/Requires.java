package io.passwordstage.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a route requires, on every route of the API, checked before anything of
 * the route runs (its body is not read, its arguments not resolved): a caller who may not
 * is answered at once. Repeated, every one must hold.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Requires.All.class)
public @interface Requires {

	/**
	 * How the route names its object, which decides authentik's text for anonymous
	 * callers and whether object permissions count.
	 */
	Scope scope();

	/** The permissions (for {@link Scope#OBJECT}, the view permission first). */
	String[] value() default {};

	enum Scope {

		/**
		 * Create and list-level actions: every permission, globally
		 * ({@link PermissionCheck#requireOnCollection}).
		 */
		COLLECTION,
		/**
		 * A list: any one of the view permissions, globally or on some object; the list
		 * shows only what the caller may view ({@link PermissionCheck#requireList}). Also
		 * a route that checks each of its writes on its object (an import): the
		 * permission, on some object at least.
		 */
		LIST,
		/**
		 * A route on one object: its view permission, then every other, each globally or
		 * on this object ({@link ObjectPermissionCheck#requireOnObject}).
		 */
		OBJECT,
		/**
		 * A route on one object where any one permission of a group is enough; repeated
		 * per group, the view group first.
		 */
		ANY_ON_OBJECT,
		/**
		 * An action on one object that authentik checks without its object filter
		 * ({@code permission_required} on the action): every permission globally or on
		 * this object, with no view permission asked first
		 * ({@link ObjectPermissionCheck#requireOnFoundObject}).
		 */
		ON_FOUND_OBJECT,
		/** Routes any authenticated caller may use. */
		AUTHENTICATED

	}

	/** The container of repeated {@link Requires}. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface All {

		Requires[] value();

	}

}

package io.passwordstage.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a route that takes a body requires, checked before its body is read: a
 * caller who may not write is answered at once, not after sending.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

	/**
	 * How the route names its object, which decides authentik's text for anonymous
	 * callers.
	 */
	Scope scope();

	/** Every permission needed (for {@link Scope#OBJECT}, the view permission first). */
	String[] value() default {};

	enum Scope {

		/** A list-level route: {@link PermissionCheck#requireOnCollection}. */
		COLLECTION,
		/** A detail route: {@link PermissionCheck#requireOnObject}. */
		OBJECT,
		/** Token management: {@link PermissionCheck#requireSuperuser}, list level. */
		SUPERUSER

	}

}

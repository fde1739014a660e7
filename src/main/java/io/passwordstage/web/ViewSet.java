package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller serving one of authentik's viewsets. Its standard routes (methods named
 * {@code list}, {@code create}, {@code retrieve}, {@code update}, {@code partialUpdate},
 * {@code destroy}, {@code usedBy}) are described in the OpenAPI document as
 * drf-spectacular describes them, from this and each method's name, path variable, body
 * type and return type; its extra actions name and describe themselves, and take their
 * security, body and success response from here and their method as the standard routes
 * do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ViewSet {

	/**
	 * The operation ids' prefix: {@code stages_password} for
	 * {@code stages_password_list}.
	 */
	String operations();

	/** The viewset's docstring: each standard operation's description. */
	String description();

	/**
	 * The description of the path variable that names an object; none when empty (a slug
	 * field without help text).
	 */
	String lookup() default "";

	/**
	 * Whether the object is named by a slug (the description on the parameter's schema)
	 * rather than by its primary key (on the parameter; a string key is a {@code uuid}).
	 */
	boolean slug() default false;

	/**
	 * Whether authentik's device agents authenticate here too (its user viewset): the
	 * routes list {@code authentik_device_auth} beside {@code authentik} in the lines
	 * that declare the device security schemes.
	 */
	boolean deviceAuthentication() default false;

}

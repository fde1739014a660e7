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
 * type and return type.
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

	/** The description of the path variable that names an object. */
	String lookup() default "";

	/**
	 * Whether the object is named by a slug (the description on the parameter's schema)
	 * rather than by a uuid (on the parameter, with the schema's {@code uuid} format).
	 */
	boolean slug() default false;

}

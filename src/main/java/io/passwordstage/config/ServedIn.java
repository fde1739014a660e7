package io.passwordstage.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route (a handler method, or every route of a controller) that exists only in the
 * schema lines with this difference: in the others it is not mapped at all, so it is
 * absent from the OpenAPI document and answered as any unknown route is.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ServedIn {

	/**
	 * The same for one parameter of a route's document: the extension of its
	 * {@code @Parameter}, naming a difference ({@code !} for the lines without it).
	 */
	String PARAMETER = "x-served-in";

	ApiSchema.Difference value();

}

package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * DRF's {@code ProhibitSurrogateCharactersValidator}: the message names the first lone
 * surrogate.
 */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoSurrogates.Validator.class)
public @interface NoSurrogates {

	String message() default ErrorTexts.SURROGATE_CHARACTERS;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** {@code null} is valid. */
	class Validator implements ConstraintValidator<NoSurrogates, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			int surrogate = value == null ? -1 : PythonText.loneSurrogate(value);
			if (surrogate < 0) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("codePoint", "%X".formatted(surrogate));
			return false;
		}

	}

}

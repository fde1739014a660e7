package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Django's {@code ProhibitNullCharactersValidator}, which every DRF CharField has. */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoNullCharacters.Validator.class)
public @interface NoNullCharacters {

	String message() default ErrorTexts.NULL_CHARACTERS;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** {@code null} is valid. */
	class Validator implements ConstraintValidator<NoNullCharacters, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.indexOf('\0') < 0;
		}

	}

}

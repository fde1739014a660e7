package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * DRF's {@code allow_blank=False} on a (trimmed) text and {@code allow_empty=False} on a
 * list: {@code null} is valid, so that a partial update may leave the field out. Like
 * {@code @NotNull}, a failing {@code @NonEmpty} is its field's only message.
 */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = { NonEmpty.TextValidator.class, NonEmpty.ListValidator.class })
public @interface NonEmpty {

	String message() default ErrorTexts.NOT_BLANK;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Text: not {@code ""}. */
	class TextValidator implements ConstraintValidator<NonEmpty, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || !value.isEmpty();
		}

	}

	/** A list: at least one item. */
	class ListValidator implements ConstraintValidator<NonEmpty, Collection<?>> {

		@Override
		public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
			return value == null || !value.isEmpty();
		}

	}

}

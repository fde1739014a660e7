package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * DRF's {@code max_length}: at most {@code value} characters, counted as Python counts
 * them (code points).
 */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxLength.Validator.class)
@Repeatable(MaxLength.List.class)
public @interface MaxLength {

	/**
	 * Longest unique text accepted where authentik sets no limit: four bytes a character
	 * still fit PostgreSQL's btree index row limit.
	 */
	int INDEXABLE = 512;

	int value();

	String message() default ErrorTexts.MAX_LENGTH;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Several limits, each in its own validation group. */
	@Target({ ElementType.FIELD, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		MaxLength[] value();

	}

	/** Checks the length in code points; {@code null} is valid. */
	class Validator implements ConstraintValidator<MaxLength, String> {

		private int max;

		@Override
		public void initialize(MaxLength annotation) {
			max = annotation.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.length() <= max || value.codePointCount(0, value.length()) <= max;
		}

	}

}

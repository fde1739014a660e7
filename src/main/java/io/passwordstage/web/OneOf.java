package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * DRF's ChoiceField rule: the value (its Python {@code str()}) is one of an enum's wire
 * values.
 */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
@Repeatable(OneOf.List.class)
public @interface OneOf {

	Class<? extends WireEnum> value();

	String message() default ErrorTexts.INVALID_CHOICE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Several choice lists, each in its own validation group. */
	@Target({ ElementType.FIELD, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		OneOf[] value();

	}

	/** {@code null} is valid. */
	class Validator implements ConstraintValidator<OneOf, String> {

		private Set<String> choices;

		@Override
		public void initialize(OneOf annotation) {
			choices = WireEnum.values(annotation.value());
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || choices.contains(value);
		}

	}

}

package io.passwordstage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import io.passwordstage.config.ApiSchema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DRF's ChoiceField rule: the value (its Python {@code str()}) is one of an enum's wire
 * values that the chosen schema line offers ({@link WireEnum#offeredWith}).
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

	/**
	 * {@code null} is valid. Made by Spring's validator with the chosen line; made by a
	 * plain Bean Validation factory (without Spring), every value of the enum is a
	 * choice.
	 */
	class Validator implements ConstraintValidator<OneOf, String> {

		private final ApiSchema schema;

		private Set<String> choices;

		public Validator() {
			this(null);
		}

		@Autowired
		public Validator(ApiSchema schema) {
			this.schema = schema;
		}

		@Override
		public void initialize(OneOf annotation) {
			choices = schema == null ? WireEnum.values(annotation.value())
					: WireEnum.values(annotation.value(), schema);
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || choices.contains(value);
		}

	}

}

package io.passwordstage.web;

import java.util.Map;

/** A 400 whose body is authentik's field-error object, e.g. {@code {"name": ["..."]}}. */
public class ValidationFailedException extends RuntimeException {

	private final Map<String, Object> errors;

	public ValidationFailedException(Map<String, Object> errors) {
		super("validation failed", null, false, false);
		this.errors = errors;
	}

	public static ValidationFailedException of(String field, String message) {
		return new ValidationFailedException(Map.of(field, java.util.List.of(message)));
	}

	public Map<String, Object> errors() {
		return errors;
	}

}

package io.passwordstage.web;

import java.util.List;

/**
 * One field's validation failure; {@code detail} is a message list or a nested error
 * object.
 */
public class FieldInvalid extends RuntimeException {

	private final transient Object detail;

	public FieldInvalid(Object detail) {
		super("invalid field", null, false, false);
		this.detail = detail;
	}

	public FieldInvalid(String message) {
		this(List.of(message));
	}

	public Object detail() {
		return detail;
	}

}

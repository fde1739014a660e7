package io.passwordstage.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A client error rendered as authentik's {@code {"detail": "..."}} body with its status.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	public ApiException(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, detail);
	}

	public static ApiException forbidden(String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, detail);
	}

	public HttpStatus status() {
		return status;
	}

	public Map<String, String> body() {
		return Map.of("detail", getMessage());
	}

}

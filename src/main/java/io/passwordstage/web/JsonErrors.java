package io.passwordstage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

/**
 * Writes authentik's {@code {"detail": "..."}} body where no controller runs (servlet
 * filters and Tomcat's own error page). Details are the service's fixed texts, never
 * client input.
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	/** The body for a fixed detail text. */
	public static String body(String detail) {
		return "{\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	/** Answers with {@code status} and the detail body. */
	public static void write(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(body(detail).getBytes(StandardCharsets.UTF_8));
	}

}

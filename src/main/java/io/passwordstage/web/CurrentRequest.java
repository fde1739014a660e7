package io.passwordstage.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request the current thread serves, for code below the controllers. */
public final class CurrentRequest {

	private CurrentRequest() {
	}

	/** The request, or {@code null} outside one (start-up, tests calling a service). */
	public static HttpServletRequest get() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}

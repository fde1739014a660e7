package io.passwordstage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API routes answer JSON only: an {@code Accept} header that rules JSON out is a 406,
 * decided before authentication or any work, as authentik's content negotiation does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AcceptHeaderFilter extends OncePerRequestFilter {

	private static final byte[] NOT_ACCEPTABLE = "{\"detail\":\"Could not satisfy the request Accept header.\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/api/v3/") || path.startsWith("/api/v3/schema")
				|| path.startsWith("/api/v3/swagger-ui");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank() || acceptsJson(accept)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(NOT_ACCEPTABLE);
	}

	private static boolean acceptsJson(String accept) {
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream()
				.anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

}

package io.passwordstage.web;

import java.io.IOException;
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
class AcceptHeaderFilter extends OncePerRequestFilter {

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
		JsonErrors.write(response, HttpServletResponse.SC_NOT_ACCEPTABLE, ErrorTexts.NOT_ACCEPTABLE);
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

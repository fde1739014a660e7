package io.passwordstage.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (32 hex characters), sent back as {@code X-authentik-id} as
 * authentik does, and logs every 503 once, at WARN, with that id and the cause its maker
 * recorded ({@link #unavailable}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-authentik-id";

	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final String UNAVAILABLE = RequestIdFilter.class.getName() + ".unavailable";

	private static final String LOGGED = UNAVAILABLE + ".logged";

	private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = of(request);
		if (id.isEmpty()) {
			id = UUID.randomUUID().toString().replace("-", "");
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		MDC.put("request_id", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			// once, even when the request is dispatched again or ended asynchronously
			if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE
					&& request.getAttribute(LOGGED) == null) {
				request.setAttribute(LOGGED, Boolean.TRUE);
				Object cause = request.getAttribute(UNAVAILABLE);
				log.warn("503 for {} {} (request {}): {}", request.getMethod(), request.getRequestURI(), id,
						cause == null ? "no cause recorded" : cause);
			}
			MDC.remove("request_id");
		}
	}

	/** A request dispatched again once its body arrived keeps its id in its logs. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	/**
	 * Records why the request is answered 503 (a cause's class, never its message): the
	 * answer is logged once, at WARN, with it.
	 */
	public static void unavailable(HttpServletRequest request, String cause) {
		request.setAttribute(UNAVAILABLE, cause);
	}

	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return id == null ? "" : id.toString();
	}

}

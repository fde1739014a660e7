package io.passwordstage.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request refused before its body was needed (a bad token, no route, no permission, a
 * body too large or of the wrong type) is answered at once and its connection closed: the
 * worker does not wait for a body nobody will read. What of the body has already arrived
 * is taken first, so a client that sent it all keeps its connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class EarlyAnswerFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !PendingBody.announced(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PendingBody body = PendingBody.track(request);
		chain.doFilter(request, new CloseUnlessRead(request, response, body));
		if (!request.isAsyncStarted() && !body.complete()) {
			// answered without the body: end the exchange asynchronously, which closes
			// the connection instead of draining what the client is still sending
			if (!response.isCommitted()) {
				response.setHeader("Connection", "close");
			}
			request.startAsync().complete();
		}
	}

	/**
	 * Before the answer starts: takes what of the body has arrived and, unless that was
	 * all of it, asks for the connection to be closed.
	 */
	private static final class CloseUnlessRead extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final PendingBody body;

		CloseUnlessRead(HttpServletRequest request, HttpServletResponse response, PendingBody body) {
			super(response);
			this.request = request;
			this.body = body;
		}

		private void beforeAnswer() {
			if (body.complete() || isCommitted() || request.isAsyncStarted()) {
				return;
			}
			try {
				if (body.decided() || !body.takeArrived(request.getInputStream(), Long.MAX_VALUE)) {
					setHeader("Connection", "close");
				}
			}
			catch (IOException | IllegalStateException ex) {
				setHeader("Connection", "close");
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			beforeAnswer();
			return super.getOutputStream();
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			beforeAnswer();
			return super.getWriter();
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			beforeAnswer();
			super.sendError(status, message);
		}

		@Override
		public void sendError(int status) throws IOException {
			beforeAnswer();
			super.sendError(status);
		}

		@Override
		public void flushBuffer() throws IOException {
			beforeAnswer();
			super.flushBuffer();
		}

	}

}

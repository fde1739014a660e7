package io.passwordstage.web;

import java.io.IOException;
import java.time.Duration;

import io.passwordstage.config.AuthentikProperties;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gets a route's body whole before its controller runs, without holding a worker while
 * the client sends it. It runs after everything that can refuse the request without its
 * body (the token, the route, the permissions). A body that has already arrived is taken
 * at once; otherwise the request goes asynchronous, its body is read as it arrives
 * (servlet non-blocking reads: no thread waits), and the request is dispatched again once
 * it is whole. A client that has not sent it within the deadline is answered 408 and cut
 * off; one that sends more than the limit, 413. What the waiting requests hold together
 * is bounded ({@link BodyBudget}): past it, a body that has not arrived is answered 503
 * with {@code Retry-After} at once, and its connection closed.
 */
class BodyReadInterceptor implements HandlerInterceptor {

	private final long limit;

	private final Duration deadline;

	private final BodyBudget budget;

	BodyReadInterceptor(AuthentikProperties properties) {
		this.limit = properties.maxBodyBytes();
		this.deadline = properties.requestDeadline();
		this.budget = new BodyBudget(properties.pendingBodiesMemory().toBytes());
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		PendingBody body = PendingBody.of(request);
		if (body == null || body.decided() || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		RouteBody kind = RouteBody.of(method);
		if (kind == null) {
			return true;
		}
		ApiException refusal = kind.refusal(request, limit);
		if (refusal != null) {
			body.refuse(refusal);
			return true;
		}
		if (body.takeArrived(request.getInputStream(), limit)) {
			return true;
		}
		if (!body.waitWithin(budget, limit)) {
			RequestIdFilter.unavailable(request, "the pending bodies' memory bound is full");
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			JsonErrors.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), ErrorTexts.TOO_MANY_PENDING_BODIES);
			return false;
		}
		readAsync(request, body);
		return false;
	}

	private void readAsync(HttpServletRequest request, PendingBody body) throws IOException {
		AsyncContext async = request.startAsync();
		async.setTimeout(deadline.toMillis());
		async.addListener(new Deadline(body, deadline));
		ServletInputStream in = request.getInputStream();
		in.setReadListener(new ReadListener() {

			private final byte[] chunk = new byte[8192];

			@Override
			public void onDataAvailable() throws IOException {
				while (in.isReady() && body.append(in, chunk, limit)) {
					// keep reading what is there
				}
				if (body.refusal() != null && body.settle()) {
					answer(async, body.refusal().status(), body.refusal().getMessage());
				}
				else if (body.complete() && body.settle()) {
					async.dispatch();
				}
			}

			@Override
			public void onAllDataRead() {
				body.finish();
				if (body.settle()) {
					async.dispatch();
				}
			}

			@Override
			public void onError(Throwable failure) {
				// the client stopped sending for longer than the socket timeout, sent a
				// broken chunk, or went away
				if (body.settle()) {
					if (failure instanceof java.net.SocketTimeoutException) {
						answer(async, HttpStatus.REQUEST_TIMEOUT, ErrorTexts.requestTimeout(deadline));
					}
					else {
						answer(async, HttpStatus.BAD_REQUEST, ErrorTexts.MALFORMED);
					}
				}
			}
		});
	}

	/**
	 * Ends an asynchronous request with {@code {"detail": ...}} and closes its connection
	 * (the rest of the body is not waited for).
	 */
	private static void answer(AsyncContext async, HttpStatus status, String detail) {
		try {
			HttpServletResponse response = (HttpServletResponse) async.getResponse();
			if (!response.isCommitted()) {
				response.setHeader("Connection", "close");
				JsonErrors.write(response, status.value(), detail);
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone: nothing to answer
		}
		finally {
			async.complete();
		}
	}

	/** The 408 of a body not whole in time. */
	private record Deadline(PendingBody body, Duration deadline) implements AsyncListener {

		@Override
		public void onTimeout(AsyncEvent event) {
			if (body.settle()) {
				answer(event.getAsyncContext(), HttpStatus.REQUEST_TIMEOUT, ErrorTexts.requestTimeout(deadline));
			}
		}

		@Override
		public void onError(AsyncEvent event) {
			if (body.settle()) {
				event.getAsyncContext().complete();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}

package io.passwordstage.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory that requests waiting for their bodies may hold together
 * ({@code authentik.pending-bodies-memory}). Each counts the buffers its connection holds
 * while it waits ({@link #CONNECTION_BYTES}) plus its body: the declared length, or the
 * body limit when the body is chunked. Without such a bound a few thousand clients that
 * trickle their bodies fill the heap: each one waiting keeps Tomcat's request, header and
 * socket buffers, about 110 KB with 32 KB heads (a heap histogram under 600 of them).
 * Past the bound a body that has not arrived is not waited for (503 with
 * {@code Retry-After}).
 */
final class BodyBudget {

	/** What one waiting request's connection holds, rounded up from the histogram. */
	static final long CONNECTION_BYTES = 128 * 1024;

	private final long capacity;

	private final AtomicLong held = new AtomicLong();

	BodyBudget(long capacity) {
		this.capacity = capacity;
	}

	/**
	 * Takes {@code bytes} of the budget, or nothing and false when they are not there.
	 */
	boolean take(long bytes) {
		if (held.addAndGet(bytes) > capacity) {
			held.addAndGet(-bytes);
			return false;
		}
		return true;
	}

	void giveBack(long bytes) {
		held.addAndGet(-bytes);
	}

}

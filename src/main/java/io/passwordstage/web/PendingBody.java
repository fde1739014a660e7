package io.passwordstage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The body of one request as the service receives it: the bytes read so far, whether all
 * of them are here, or why they will not be read (a declared length over the limit, a
 * content type the route does not take). Kept as a request attribute from the first
 * filter to the argument resolver.
 */
final class PendingBody {

	private static final String ATTRIBUTE = PendingBody.class.getName();

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final long declaredLength;

	private final AtomicBoolean settled = new AtomicBoolean();

	private volatile boolean complete;

	private volatile ApiException refusal;

	private volatile BodyBudget budget;

	private volatile long held;

	private PendingBody(long declaredLength) {
		this.declaredLength = declaredLength;
	}

	/**
	 * Whether the request says a body follows: a positive {@code Content-Length} or a
	 * chunked transfer.
	 */
	static boolean announced(HttpServletRequest request) {
		if (request.getContentLengthLong() > 0) {
			return true;
		}
		String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

	/** Starts tracking the body of a request that announced one. */
	static PendingBody track(HttpServletRequest request) {
		PendingBody body = new PendingBody(request.getContentLengthLong());
		request.setAttribute(ATTRIBUTE, body);
		return body;
	}

	/** The tracked body, or {@code null} when the request announced none. */
	static PendingBody of(HttpServletRequest request) {
		return (PendingBody) request.getAttribute(ATTRIBUTE);
	}

	/** Every byte is here. */
	boolean complete() {
		return complete;
	}

	/**
	 * Whether nothing more will be done with the body: complete, or refused without being
	 * read.
	 */
	boolean decided() {
		return complete || refusal != null;
	}

	ApiException refusal() {
		return refusal;
	}

	/** The body will not be read: {@code reason} answers the request when it needs it. */
	void refuse(ApiException reason) {
		refusal = reason;
	}

	byte[] bytes() {
		return bytes.toByteArray();
	}

	/**
	 * Takes, in blocking mode, only the bytes that have already arrived, and tells
	 * whether that was the whole body. Never waits for the client: a chunked body (whose
	 * next chunk header may still be on its way) is left to the non-blocking read.
	 */
	boolean takeArrived(ServletInputStream in, long limit) throws IOException {
		if (declaredLength <= 0) {
			return false;
		}
		byte[] chunk = new byte[8192];
		while (!complete && refusal == null && (in.isFinished() || in.available() > 0)) {
			if (!append(in, chunk, limit)) {
				break;
			}
		}
		return complete;
	}

	/**
	 * Reads what {@code in} holds now; false when nothing was there. Marks the body
	 * complete at its end, and refused once it passes {@code limit}.
	 */
	boolean append(ServletInputStream in, byte[] chunk, long limit) throws IOException {
		int read = in.read(chunk);
		if (read < 0) {
			complete = true;
			return false;
		}
		bytes.write(chunk, 0, read);
		if (bytes.size() > limit) {
			refusal = tooLarge(limit);
			return false;
		}
		if (declaredLength > 0 && bytes.size() >= declaredLength) {
			complete = true;
		}
		return read > 0;
	}

	/** The stream said the body has ended. */
	void finish() {
		complete = true;
	}

	/**
	 * Takes from {@code budget} what waiting for this body holds, until it is settled;
	 * false when the budget does not have it.
	 */
	boolean waitWithin(BodyBudget budget, long limit) {
		long bytes = BodyBudget.CONNECTION_BYTES + (declaredLength > 0 ? declaredLength : limit);
		if (!budget.take(bytes)) {
			return false;
		}
		this.held = bytes;
		this.budget = budget;
		return true;
	}

	/**
	 * The first caller to settle the body's outcome (all read, timed out, failed) wins
	 * and gives back what waiting held; the others are late and do nothing.
	 */
	boolean settle() {
		if (!settled.compareAndSet(false, true)) {
			return false;
		}
		if (budget != null) {
			budget.giveBack(held);
		}
		return true;
	}

	static ApiException tooLarge(long limit) {
		return new ApiException(HttpStatus.valueOf(413),
				"Request body is larger than the limit of " + limit + " bytes.");
	}

}

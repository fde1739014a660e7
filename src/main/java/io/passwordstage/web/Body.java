package io.passwordstage.web;

/**
 * A request body read whole and through its type's {@link DrfStep}, as a route receives
 * it: the request, or why it could not be read (415, a parse error, not an object). DRF
 * reads a body only when the view first needs it (after the permission check and, on a
 * detail route, after the object was found), so a service calls {@link #read} at that
 * point, and the failure is raised there.
 */
public final class Body<T> {

	private final T request;

	private final RuntimeException failure;

	private Body(T request, RuntimeException failure) {
		this.request = request;
		this.failure = failure;
	}

	public static <T> Body<T> of(T request) {
		return new Body<>(request, null);
	}

	static <T> Body<T> failed(RuntimeException failure) {
		return new Body<>(null, failure);
	}

	/** The request; throws what reading it met. */
	public T read() {
		if (failure != null) {
			throw failure;
		}
		return request;
	}

}

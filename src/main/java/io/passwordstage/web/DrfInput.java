package io.passwordstage.web;

import java.util.Map;
import java.util.Set;

/**
 * A request body past DRF's first step, as a route's service receives it: the typed
 * values, the keys the client sent, and the coercion errors. A body that could not be
 * read that far (415, a parse error, not an object) keeps its failure, raised where DRF
 * raises it: when the service first asks for the body.
 */
public final class DrfInput<T> {

	private final T values;

	private final Set<String> present;

	private final Map<String, Object> errors;

	private final RuntimeException failure;

	private DrfInput(T values, Set<String> present, Map<String, Object> errors, RuntimeException failure) {
		this.values = values;
		this.present = present;
		this.errors = errors;
		this.failure = failure;
	}

	/** {@code body} through {@code step}. */
	public static <T> DrfInput<T> read(JsonBody body, DrfStep<T> step) {
		try {
			ObjectFields fields = step.fields(body.document());
			T values = step.read(fields);
			return new DrfInput<>(values, Set.copyOf(fields.present()), Map.copyOf(fields.errors()), null);
		}
		catch (ApiException | ValidationFailedException ex) {
			return new DrfInput<>(null, Set.of(), Map.of(), ex);
		}
	}

	public T values() {
		requireRead();
		return values;
	}

	/** The keys the client sent. */
	public Set<String> present() {
		requireRead();
		return present;
	}

	/** The coercion errors, by key. */
	public Map<String, Object> errors() {
		requireRead();
		return errors;
	}

	private void requireRead() {
		if (failure != null) {
			throw failure;
		}
	}

}

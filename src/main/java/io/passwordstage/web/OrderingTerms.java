package io.passwordstage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * DRF's OrderingFilter: comma-separated terms, {@code -} for descending; terms not in
 * {@code orderable} (including those authentik would fail on) are dropped, and when none
 * remain the default applies.
 */
public final class OrderingTerms {

	private OrderingTerms() {
	}

	/**
	 * An SQL {@code order by} clause.
	 * @param orderable SQL expression of each allowed term
	 * @param defaults the clause's terms when none is given, e.g. {@code "f.slug asc"}
	 * @param tieBreaker a unique column last, so that pages never overlap
	 */
	public static String orderBy(String ordering, Map<String, String> orderable, List<String> defaults,
			String tieBreaker) {
		List<String> terms = terms(ordering, orderable, (path, descending) -> path + (descending ? " desc" : " asc"));
		if (terms.isEmpty()) {
			terms.addAll(defaults);
		}
		terms.add(tieBreaker + " asc");
		return " order by " + String.join(", ", terms);
	}

	/**
	 * The terms {@code orderable} knows, in the order given, each as {@code direction}
	 * makes it (its second argument: whether the term is descending).
	 */
	public static <T> List<T> terms(String ordering, Map<String, T> orderable, BiFunction<T, Boolean, T> direction) {
		List<T> terms = new ArrayList<>();
		if (ordering != null) {
			for (String raw : ordering.split(",")) {
				String term = raw.strip();
				boolean descending = term.startsWith("-");
				T field = orderable.get(descending ? term.substring(1) : term);
				if (field != null) {
					terms.add(direction.apply(field, descending));
				}
			}
		}
		return terms;
	}

}

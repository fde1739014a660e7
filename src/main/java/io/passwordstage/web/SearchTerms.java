package io.passwordstage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DRF's SearchFilter terms: {@code search} split on whitespace and commas, each term a
 * case-insensitive substring, as SQL {@code like} patterns (escape character {@code \}).
 */
public final class SearchTerms {

	private SearchTerms() {
	}

	/**
	 * A whole value as one case-insensitive substring pattern (django's
	 * {@code icontains}).
	 */
	public static String likePattern(String value) {
		return "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** One pattern per term, for {@code lower(column) like :pattern escape '\'}. */
	public static List<String> likePatterns(String search) {
		return terms(search).stream().map(SearchTerms::likePattern).toList();
	}

	/** The terms, lower-cased (a NUL dropped). */
	public static List<String> terms(String search) {
		List<String> terms = new ArrayList<>();
		if (search == null) {
			return terms;
		}
		for (String term : search.replace("\0", "").replace(',', ' ').trim().split("\\s+")) {
			if (!term.isEmpty()) {
				terms.add(term.toLowerCase(Locale.ROOT));
			}
		}
		return terms;
	}

}

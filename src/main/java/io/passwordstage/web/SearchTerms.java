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
		List<String> patterns = new ArrayList<>();
		if (search == null) {
			return patterns;
		}
		for (String term : search.replace("\0", "").replace(',', ' ').trim().split("\\s+")) {
			if (!term.isEmpty()) {
				patterns.add(likePattern(term));
			}
		}
		return patterns;
	}

}

package io.passwordstage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DRF's {@code search} parameter: terms split on whitespace and commas, each a
 * case-insensitive substring of a field, as patterns for
 * {@code lower(column) like :pattern escape '\'}.
 */
public final class SearchTerms {

	private SearchTerms() {
	}

	/** One LIKE pattern per term (none for an absent or blank search). */
	public static List<String> likePatterns(String search) {
		List<String> patterns = new ArrayList<>();
		if (search == null) {
			return patterns;
		}
		for (String term : search.replace("\0", "").replace(',', ' ').trim().split("\\s+")) {
			if (!term.isEmpty()) {
				patterns.add("%"
						+ term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%");
			}
		}
		return patterns;
	}

}

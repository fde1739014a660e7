package io.passwordstage.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** DRF's search terms and ordering terms of the binding list, as SQL. */
final class ListTerms {

	private static final Map<String, String> ORDERABLE = Map.of("order", "fb.\"order\"", "stage__name", "s.name");

	private ListTerms() {
	}

	/**
	 * DRF's search: terms split on whitespace and commas, each a case-insensitive
	 * substring, as {@code like} patterns (escape character {@code \}).
	 */
	static List<String> searchPatterns(String search) {
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

	/**
	 * Known terms ({@code order}, {@code stage__name}), optionally {@code -}-prefixed;
	 * unknown ones dropped; default {@code order}.
	 */
	static String ordering(String ordering) {
		List<String> terms = new ArrayList<>();
		if (ordering != null) {
			for (String raw : ordering.split(",")) {
				String term = raw.strip();
				boolean descending = term.startsWith("-");
				String column = ORDERABLE.get(descending ? term.substring(1) : term);
				if (column != null) {
					terms.add(column + (descending ? " desc" : " asc"));
				}
			}
		}
		if (terms.isEmpty()) {
			terms.add("fb.\"order\" asc");
		}
		terms.add("fb.fsb_uuid asc");
		return " order by " + String.join(", ", terms);
	}

}

package io.passwordstage.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A list's query parameters read as authentik's filter backends read them:
 * django-filter's filters, each with its texts for a value it cannot read, DRF's search
 * and ordering. What they select is a {@link ListQuery}, each value bound as a parameter
 * named after its filter.
 */
public final class ListFilter {

	private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "1", true, "false", false, "0", false);

	private final Map<String, String> params;

	private final ListQuery query;

	private final Map<String, Object> errors = new LinkedHashMap<>();

	/**
	 * @param params the query's parameters, the first value of each
	 * @param key the objects' key column: the order's last term, the object filter's
	 * column
	 * @see OrderingTerms#orderBy
	 */
	public ListFilter(Map<String, String> params, Map<String, String> orderable, List<String> defaults, String key) {
		this.params = params;
		this.query = new ListQuery(OrderingTerms.orderBy(params.get("ordering"), orderable, defaults, key), key);
	}

	/** A CharFilter (exact): a value with a NUL, which no row holds, matches nothing. */
	public void text(String filter, String column) {
		String value = params.get(filter);
		if (value != null && !value.isEmpty()) {
			if (value.indexOf('\0') >= 0) {
				query.matchNothing();
			}
			equal(filter, column, value);
		}
	}

	/** A UUIDFilter: trimmed, Django's reading of a uuid. */
	public void uuid(String filter, String column) {
		String value = params.get(filter);
		String text = value == null ? "" : value.strip();
		if (!text.isEmpty()) {
			UUID id = DrfUuids.parseUuid(text);
			if (id == null) {
				error(filter, ErrorTexts.FILTER_UUID);
			}
			equal(filter, column, id);
		}
	}

	/** A ModelChoiceFilter: a malformed or unknown key is not one of the choices. */
	public void related(String filter, String column, Predicate<UUID> exists) {
		String value = params.get(filter);
		if (value != null && !value.isEmpty()) {
			UUID id = DrfUuids.parseUuid(value);
			if (id == null || !exists.test(id)) {
				error(filter, ErrorTexts.FILTER_CHOICE);
			}
			equal(filter, column, id);
		}
	}

	/** A BooleanFilter: {@code true/false/1/0} in any case; anything else no filter. */
	public void bool(String filter, String column) {
		String value = params.get(filter);
		Boolean flag = value == null ? null : BOOLEANS.get(value.toLowerCase(Locale.ROOT));
		if (flag != null) {
			equal(filter, column, flag);
		}
	}

	/** A ChoiceFilter over the wire values of {@code choices}. */
	public void choice(String filter, String column, Class<? extends WireEnum> choices) {
		String value = params.get(filter);
		if (value != null && !value.isEmpty()) {
			if (!WireEnum.values(choices).contains(value)) {
				error(filter, ErrorTexts.filterChoice(value));
			}
			equal(filter, column, value);
		}
	}

	/**
	 * A NumberFilter on an integer column: any decimal; one that no integer column can
	 * hold matches nothing.
	 */
	public void integer(String filter, String column) {
		String value = params.get(filter);
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip());
			try {
				equal(filter, column, number.intValueExact());
			}
			catch (ArithmeticException ex) {
				query.matchNothing();
			}
		}
		catch (NumberFormatException ex) {
			error(filter, ErrorTexts.FILTER_NUMBER);
		}
	}

	/**
	 * DRF's SearchFilter over {@code columns}: every term a case-insensitive substring of
	 * one of them.
	 */
	public void search(String... columns) {
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String parameter = "term" + query.parameters().size();
			String like = Arrays.stream(columns)
				.map(column -> "lower(" + column + ") like :" + parameter + " escape '\\'")
				.collect(Collectors.joining(" or "));
			query.and(columns.length == 1 ? like : "(" + like + ")", parameter, pattern);
		}
	}

	/** The condition {@code column = :filter}, the value bound. */
	public void equal(String filter, String column, Object value) {
		query.and(column + " = :" + filter, filter, value);
	}

	/** A filter's error, with django-filter's text; answered by {@link #query}. */
	public void error(String filter, Object text) {
		errors.put(filter, List.of(text));
	}

	/** What the filters select, or a 400 with the error of every filter that failed. */
	public ListQuery query() {
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		return query;
	}

}

package io.passwordstage.stage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.VisibleObjects;

/**
 * The list's filters, search and ordering, parsed as authentik's filter backends do,
 * turned into an SQL condition and order. Values never reach SQL text; they are bound
 * parameters.
 */
final class PasswordStageListFilter {

	private static final Map<String, String> ORDERABLE = Map.of("pk", "s.stage_ptr_id", "name", "b.name", "backends",
			"s.backends", "configure_flow", "s.configure_flow_id", "failed_attempts_before_cancel",
			"s.failed_attempts_before_cancel", "allow_show_password", "s.allow_show_password");

	private static final Set<String> TRUE = Set.of("true", "1");

	private static final Set<String> FALSE = Set.of("false", "0");

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final String orderBy;

	private boolean matchesNothing;

	private PasswordStageListFilter(String orderBy) {
		this.orderBy = orderBy;
	}

	/**
	 * @param flowExists whether a flow exists, for the {@code configure_flow} filter
	 */
	static PasswordStageListFilter parse(Map<String, String> params, java.util.function.Predicate<UUID> flowExists) {
		PasswordStageListFilter query = new PasswordStageListFilter(
				OrderingTerms.orderBy(params.get("ordering"), ORDERABLE, List.of("b.name asc"), "s.stage_ptr_id"));
		Map<String, Object> errors = new LinkedHashMap<>();
		String name = params.get("name");
		if (name != null && !name.isEmpty()) {
			query.matchesNothing |= name.indexOf('\0') >= 0;
			query.condition("b.name = :name", "name", name);
		}
		String configureFlow = params.get("configure_flow");
		if (configureFlow != null && !configureFlow.isEmpty()) {
			UUID flow = DrfUuids.parseUuid(configureFlow);
			if (flow == null || !flowExists.test(flow)) {
				errors.put("configure_flow", List.of(ErrorTexts.FILTER_CHOICE));
			}
			query.condition("s.configure_flow_id = :configureFlow", "configureFlow", flow);
		}
		String attempts = params.get("failed_attempts_before_cancel");
		if (attempts != null && !attempts.isBlank()) {
			BigDecimal number = number(attempts);
			if (number == null) {
				errors.put("failed_attempts_before_cancel", List.of(ErrorTexts.FILTER_NUMBER));
			}
			else {
				query.attempts(number);
			}
		}
		String allow = params.get("allow_show_password");
		if (allow != null
				&& (TRUE.contains(allow.toLowerCase(Locale.ROOT)) || FALSE.contains(allow.toLowerCase(Locale.ROOT)))) {
			query.condition("s.allow_show_password = :allow", "allow", TRUE.contains(allow.toLowerCase(Locale.ROOT)));
		}
		query.search(params.get("search"));
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		return query;
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void attempts(BigDecimal number) {
		try {
			condition("s.failed_attempts_before_cancel = :attempts", "attempts", number.intValueExact());
		}
		catch (ArithmeticException ex) {
			matchesNothing = true;
		}
	}

	/**
	 * DRF's search: terms split on whitespace and commas, each a case-insensitive
	 * substring of the name.
	 */
	private void search(String search) {
		for (String pattern : SearchTerms.likePatterns(search)) {
			String key = "term" + parameters.size();
			condition("lower(b.name) like :" + key + " escape '\\'", key, pattern);
		}
	}

	/**
	 * authentik's object filter: only the stages the caller may view ({@code null}: every
	 * one, and no condition).
	 */
	PasswordStageListFilter visibleOnly(Set<String> visible) {
		if (visible != null) {
			condition(VisibleObjects.condition("s.stage_ptr_id"), VisibleObjects.PARAMETER,
					VisibleObjects.keys(visible));
		}
		return this;
	}

	private void condition(String jpql, String key, Object value) {
		where.append(" and ").append(jpql);
		parameters.put(key, value);
	}

	boolean matchesNothing() {
		return matchesNothing;
	}

	String where() {
		return where.toString();
	}

	String orderBy() {
		return orderBy;
	}

	Map<String, Object> parameters() {
		return parameters;
	}

}

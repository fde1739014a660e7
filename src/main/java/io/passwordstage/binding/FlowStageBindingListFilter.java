package io.passwordstage.binding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import io.passwordstage.flow.PolicyEngineMode;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.VisibleObjects;
import io.passwordstage.web.WireEnum;
import org.springframework.util.MultiValueMap;

/**
 * The list's filters (django-filter's reading of every model field), search over the
 * stage's name and ordering, turned into an SQL condition and order. Values never reach
 * SQL text; they are bound parameters.
 */
final class FlowStageBindingListFilter {

	/** DRF's ordering fields of the binding list; its default is {@code order}. */
	private static final Map<String, String> ORDERABLE = Map.of("order", "fb.\"order\"", "stage__name", "s.name");

	private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "1", true, "false", false, "0", false);

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final Map<String, Object> errors = new LinkedHashMap<>();

	private final String orderBy;

	private boolean matchesNothing;

	private FlowStageBindingListFilter(String orderBy) {
		this.orderBy = orderBy;
	}

	/**
	 * @param flowExists whether a flow exists, for {@code target}
	 * @param stageExists whether a stage exists, for {@code stage}
	 */
	static FlowStageBindingListFilter parse(MultiValueMap<String, String> params, Predicate<UUID> flowExists,
			Predicate<UUID> stageExists) {
		FlowStageBindingListFilter query = new FlowStageBindingListFilter(OrderingTerms
			.orderBy(params.getFirst("ordering"), ORDERABLE, List.of("fb.\"order\" asc"), "fb.fsb_uuid"));
		query.uuid("fsb_uuid", "fb.fsb_uuid", params.getFirst("fsb_uuid"));
		query.uuid("pbm_uuid", "fb.policybindingmodel_ptr_id", params.getFirst("pbm_uuid"));
		query.related("target", "fb.target_id", params.getFirst("target"), flowExists);
		query.related("stage", "fb.stage_id", params.getFirst("stage"), stageExists);
		query.policies(params.get("policies"));
		query.bool("evaluate_on_plan", "fb.evaluate_on_plan", params.getFirst("evaluate_on_plan"));
		query.bool("re_evaluate_policies", "fb.re_evaluate_policies", params.getFirst("re_evaluate_policies"));
		query.choice("policy_engine_mode", "p.policy_engine_mode", params.getFirst("policy_engine_mode"),
				PolicyEngineMode.class);
		query.choice("invalid_response_action", "fb.invalid_response_action",
				params.getFirst("invalid_response_action"), InvalidResponseAction.class);
		query.order(params.getFirst("order"));
		for (String pattern : SearchTerms.likePatterns(params.getFirst("search"))) {
			String key = "term" + query.parameters.size();
			query.where.append(" and lower(s.name) like :").append(key).append(" escape '\\'");
			query.parameters.put(key, pattern);
		}
		if (!query.errors.isEmpty()) {
			throw new ValidationFailedException(query.errors);
		}
		return query;
	}

	/** A UUIDFilter: trimmed, Django's reading of a uuid. */
	private void uuid(String key, String column, String value) {
		String text = value == null ? "" : value.strip();
		if (!text.isEmpty()) {
			UUID id = DrfUuids.parseUuid(text);
			if (id == null) {
				errors.put(key, List.of(ErrorTexts.FILTER_UUID));
			}
			condition(column, key, id);
		}
	}

	/** A ModelChoiceFilter: a malformed or unknown key is not one of the choices. */
	private void related(String key, String column, String value, Predicate<UUID> exists) {
		if (value != null && !value.isEmpty()) {
			UUID id = DrfUuids.parseUuid(value);
			if (id == null || !exists.test(id)) {
				errors.put(key, List.of(ErrorTexts.FILTER_CHOICE));
			}
			condition(column, key, id);
		}
	}

	/**
	 * A ModelMultipleChoiceFilter over policies: none exist here, so any value fails,
	 * with Django's text for the first malformed one, else for the first unknown one.
	 */
	private void policies(List<String> values) {
		if (values == null || values.isEmpty()) {
			return;
		}
		String malformed = values.stream().filter(value -> DrfUuids.parseUuid(value) == null).findFirst().orElse(null);
		errors.put("policies",
				List.of(malformed != null ? ErrorTexts.notAUuid(malformed) : ErrorTexts.filterChoice(values.get(0))));
	}

	/** A BooleanFilter: {@code true/false/1/0} in any case; anything else no filter. */
	private void bool(String key, String column, String value) {
		Boolean flag = value == null ? null : BOOLEANS.get(value.toLowerCase(Locale.ROOT));
		if (flag != null) {
			condition(column, key, flag);
		}
	}

	private void choice(String key, String column, String value, Class<? extends WireEnum> choices) {
		if (value != null && !value.isEmpty()) {
			if (!WireEnum.values(choices).contains(value)) {
				errors.put(key, List.of(ErrorTexts.filterChoice(value)));
			}
			condition(column, key, value);
		}
	}

	/**
	 * A NumberFilter: any decimal; one that no integer column can hold matches nothing.
	 */
	private void order(String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip());
			try {
				condition("fb.\"order\"", "order", number.intValueExact());
			}
			catch (ArithmeticException ex) {
				matchesNothing = true;
			}
		}
		catch (NumberFormatException ex) {
			errors.put("order", List.of(ErrorTexts.FILTER_NUMBER));
		}
	}

	/**
	 * authentik's object filter: only the bindings the caller may view ({@code null}:
	 * every one, and no condition).
	 */
	FlowStageBindingListFilter visibleOnly(Set<String> visible) {
		if (visible != null) {
			where.append(" and ").append(VisibleObjects.condition("fb.fsb_uuid"));
			parameters.put(VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		}
		return this;
	}

	private void condition(String column, String key, Object value) {
		String parameter = key.replace("_", "");
		where.append(" and ").append(column).append(" = :").append(parameter);
		parameters.put(parameter, value);
	}

	boolean matchesNothing() {
		return matchesNothing || !errors.isEmpty();
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

package io.passwordstage.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.VisibleObjects;
import io.passwordstage.web.WireEnum;

/**
 * The flow list's filters ({@code flow_uuid}, {@code name}, {@code slug},
 * {@code designation}, {@code denied_action}), search and ordering, parsed as authentik's
 * filter backends do, as an SQL condition and order with bound parameters.
 */
record FlowListFilter(String where, Map<String, Object> parameters, String orderBy, boolean matchesNothing) {

	/**
	 * The sortable sources of the serializer's fields; {@code background_url},
	 * {@code stages} and {@code policies} (a 500 or duplicated rows in authentik) are
	 * ignored.
	 */
	private static final Map<String, String> ORDERABLE = Map.ofEntries(Map.entry("pk", "f.flow_uuid"),
			Map.entry("policybindingmodel_ptr_id", "f.policybindingmodel_ptr_id"), Map.entry("name", "f.name"),
			Map.entry("slug", "f.slug"), Map.entry("title", "f.title"), Map.entry("designation", "f.designation"),
			Map.entry("policy_engine_mode", "p.policy_engine_mode"),
			Map.entry("compatibility_mode", "f.compatibility_mode"), Map.entry("layout", "f.layout"),
			Map.entry("denied_action", "f.denied_action"), Map.entry("authentication", "f.authentication"));

	private static final List<String> SEARCHED = List.of("f.name", "f.slug", "f.designation", "f.title",
			"f.denied_action");

	static FlowListFilter parse(Map<String, String> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> parameters = new LinkedHashMap<>();
		Map<String, Object> errors = new LinkedHashMap<>();
		boolean nothing = false;
		String flowUuid = params.get("flow_uuid");
		if (flowUuid != null && !flowUuid.isEmpty()) {
			UUID id = DrfUuids.parseUuid(flowUuid.strip());
			if (id == null) {
				errors.put("flow_uuid", List.of(ErrorTexts.FILTER_UUID));
			}
			where.append(" and f.flow_uuid = :flowUuid");
			parameters.put("flowUuid", id);
		}
		for (String key : List.of("name", "slug")) {
			String value = params.get(key);
			if (value != null && !value.isEmpty()) {
				nothing |= value.indexOf('\0') >= 0;
				where.append(" and f.").append(key).append(" = :").append(key);
				parameters.put(key, value);
			}
		}
		choice(params, "designation", FlowDesignation.class, where, parameters, errors);
		choice(params, "denied_action", DeniedAction.class, where, parameters, errors);
		for (String pattern : SearchTerms.likePatterns(params.get("search"))) {
			String key = "term" + parameters.size();
			where.append(" and (")
				.append(String.join(" or ",
						SEARCHED.stream()
							.map(column -> "lower(" + column + ") like :" + key + " escape '\\'")
							.toList()))
				.append(')');
			parameters.put(key, pattern);
		}
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		return new FlowListFilter(where.toString(), parameters, OrderingTerms.orderBy(params.get("ordering"), ORDERABLE,
				List.of("f.slug asc", "f.name asc"), "f.flow_uuid"), nothing);
	}

	/**
	 * authentik's object filter: only the flows the caller may view ({@code null}: every
	 * one, and no condition).
	 */
	FlowListFilter visibleOnly(Set<String> visible) {
		if (visible == null) {
			return this;
		}
		Map<String, Object> restricted = new LinkedHashMap<>(parameters);
		restricted.put(VisibleObjects.PARAMETER, VisibleObjects.keys(visible));
		return new FlowListFilter(where + " and " + VisibleObjects.condition("f.flow_uuid"), restricted, orderBy,
				matchesNothing);
	}

	private static void choice(Map<String, String> params, String key, Class<? extends WireEnum> choices,
			StringBuilder where, Map<String, Object> parameters, Map<String, Object> errors) {
		String value = params.get(key);
		if (value == null || value.isEmpty()) {
			return;
		}
		if (!WireEnum.values(choices).contains(value)) {
			errors.put(key, List.of(ErrorTexts.filterChoice(value)));
		}
		where.append(" and f.").append(key).append(" = :").append(key);
		parameters.put(key, value);
	}

}

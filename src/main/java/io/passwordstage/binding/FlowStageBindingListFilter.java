package io.passwordstage.binding;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.passwordstage.flow.PolicyEngineMode;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ListFilter;
import io.passwordstage.web.ListQuery;
import org.springframework.util.MultiValueMap;

/**
 * The binding list's filters (django-filter's reading of every model field), search over
 * the stage's name and ordering, as a {@link ListQuery}.
 */
final class FlowStageBindingListFilter {

	/** DRF's ordering fields of the binding list; its default is {@code order}. */
	private static final Map<String, String> ORDERABLE = Map.of("order", "fb.\"order\"", "stage__name", "s.name");

	private FlowStageBindingListFilter() {
	}

	/**
	 * @param flowExists whether a flow exists, for {@code target}
	 * @param stageExists whether a stage exists, for {@code stage}
	 */
	static ListQuery parse(MultiValueMap<String, String> params, Predicate<UUID> flowExists,
			Predicate<UUID> stageExists) {
		ListFilter filter = new ListFilter(params.toSingleValueMap(), ORDERABLE, List.of("fb.\"order\" asc"),
				"fb.fsb_uuid");
		filter.uuid("fsb_uuid", "fb.fsb_uuid");
		filter.uuid("pbm_uuid", "fb.policybindingmodel_ptr_id");
		filter.related("target", "fb.target_id", flowExists);
		filter.related("stage", "fb.stage_id", stageExists);
		policies(filter, params.get("policies"));
		filter.bool("evaluate_on_plan", "fb.evaluate_on_plan");
		filter.bool("re_evaluate_policies", "fb.re_evaluate_policies");
		filter.choice("policy_engine_mode", "p.policy_engine_mode", PolicyEngineMode.class);
		filter.choice("invalid_response_action", "fb.invalid_response_action", InvalidResponseAction.class);
		filter.integer("order", "fb.\"order\"");
		filter.search("s.name");
		return filter.query();
	}

	/**
	 * A ModelMultipleChoiceFilter over policies: none exist here, so any value fails,
	 * with Django's text for the first malformed one, else for the first unknown one.
	 */
	private static void policies(ListFilter filter, List<String> values) {
		if (values == null || values.isEmpty()) {
			return;
		}
		String malformed = values.stream().filter(value -> DrfUuids.parseUuid(value) == null).findFirst().orElse(null);
		filter.error("policies",
				malformed != null ? ErrorTexts.notAUuid(malformed) : ErrorTexts.filterChoice(values.get(0)));
	}

}

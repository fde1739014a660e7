package io.passwordstage.allstages;

import java.util.List;
import java.util.Map;

import io.passwordstage.web.ListFilter;
import io.passwordstage.web.ListQuery;

/**
 * The list's {@code name} filter, {@code search} and {@code ordering}, read as
 * authentik's filter backends do for the stage viewset, as a {@link ListQuery} over
 * {@code authentik_flows_stage s}.
 */
final class StageListFilter {

	private static final Map<String, String> ORDERABLE = Map.of("pk", "s.stage_uuid", "name", "s.name");

	private StageListFilter() {
	}

	static ListQuery parse(Map<String, String> params) {
		ListFilter filter = new ListFilter(params, ORDERABLE, List.of("s.name asc"), "s.stage_uuid");
		filter.text("name", "s.name");
		filter.search("s.name");
		return filter.query();
	}

}

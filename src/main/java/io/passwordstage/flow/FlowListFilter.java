package io.passwordstage.flow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.ListFilter;
import io.passwordstage.web.ListQuery;

/**
 * The flow list's filters ({@code flow_uuid}, {@code name}, {@code slug},
 * {@code designation}, {@code denied_action}), search and ordering, read as authentik's
 * filter backends do, as a {@link ListQuery}.
 */
final class FlowListFilter {

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

	private FlowListFilter() {
	}

	static ListQuery parse(Map<String, String> params) {
		ListFilter filter = new ListFilter(params, ORDERABLE, List.of("f.slug asc", "f.name asc"), "f.flow_uuid");
		String flowUuid = params.get("flow_uuid");
		if (flowUuid != null && !flowUuid.isEmpty()) {
			UUID id = DrfUuids.parseUuid(flowUuid.strip());
			if (id == null) {
				filter.error("flow_uuid", ErrorTexts.FILTER_UUID);
			}
			filter.equal("flow_uuid", "f.flow_uuid", id);
		}
		filter.text("name", "f.name");
		filter.text("slug", "f.slug");
		filter.choice("designation", "f.designation", FlowDesignation.class);
		filter.choice("denied_action", "f.denied_action", DeniedAction.class);
		filter.search("f.name", "f.slug", "f.designation", "f.title", "f.denied_action");
		return filter.query();
	}

}

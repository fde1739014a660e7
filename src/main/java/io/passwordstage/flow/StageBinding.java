package io.passwordstage.flow;

import io.passwordstage.web.UsedBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A stage's binding into a flow, as {@code used_by} describes it. */
record StageBinding(UUID id, int order, UUID flowId, String flowName, String flowSlug) {

	/**
	 * authentik's entries for bindings ordered by the flow's slug: the flows, then the
	 * bindings.
	 */
	static List<UsedBy> usedBy(List<StageBinding> bindings) {
		List<UsedBy> usedBy = new ArrayList<>();
		for (StageBinding binding : bindings) {
			usedBy.add(new UsedBy("authentik_flows", "flow", binding.flowId().toString(),
					"Flow " + binding.flowName() + " (" + binding.flowSlug() + ")", "cascade_many"));
		}
		bindings.stream()
			.sorted(Comparator.comparing(StageBinding::flowId).thenComparingInt(StageBinding::order))
			.forEach(binding -> usedBy.add(new UsedBy("authentik_flows", "flowstagebinding", binding.id().toString(),
					"Flow-stage binding #" + binding.order() + " to " + binding.flowId(), "cascade")));
		return usedBy;
	}

}

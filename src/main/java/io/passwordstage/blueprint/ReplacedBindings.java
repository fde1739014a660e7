package io.passwordstage.blueprint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.event.Caller;
import io.passwordstage.event.Change;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code replace} conflict policy: the file's flows keep only the bindings the file
 * lists; the others are deleted after the entries, each a {@code delete} in the plan.
 */
final class ReplacedBindings {

	static final String FLOW = "authentik_flows.flow";

	static final String BINDING = "authentik_flows.flowstagebinding";

	/** The flows of the file (pk to entry index). */
	private final Map<UUID, Integer> flows = new LinkedHashMap<>();

	/** The bindings the file lists. */
	private final Set<UUID> listed = new HashSet<>();

	/** An entry of {@code model} made or found the object {@code pk}. */
	void seen(String model, UUID pk, int index) {
		if (model.equals(FLOW)) {
			flows.putIfAbsent(pk, index);
		}
		else if (model.equals(BINDING)) {
			listed.add(pk);
		}
	}

	/** A check that the caller may do an action to one object of a model. */
	interface Permission {

		void require(BlueprintModel model, String action, UUID pk);

	}

	/**
	 * Deletes the file's flows' bindings that no entry listed (each one the caller may
	 * delete), adding each to {@code plan}.
	 */
	void removeUnlisted(BlueprintModels models, JdbcClient jdbc, Permission permission, Caller caller,
			List<PlanItem> plan) {
		BlueprintModel bindings = models.get(BINDING);
		flows.forEach((flow, index) -> {
			List<Map<String, Object>> unlisted = jdbc
				.sql("select fsb_uuid, stage_id, \"order\" from authentik_flows_flowstagebinding where target_id = ?"
						+ " order by \"order\", fsb_uuid for update")
				.param(flow)
				.query((row, number) -> {
					Map<String, Object> binding = new LinkedHashMap<>();
					binding.put("pk", row.getObject(1, UUID.class));
					binding.put("target", flow.toString());
					binding.put("stage", row.getObject(2, UUID.class).toString());
					binding.put("order", row.getInt(3));
					return binding;
				})
				.list();
			for (Map<String, Object> binding : unlisted) {
				UUID pk = (UUID) binding.remove("pk");
				if (listed.contains(pk)) {
					continue;
				}
				permission.require(bindings, "delete", pk);
				Change<?> deleted = bindings.delete(new BlueprintModel.Found(pk, pk.toString()), caller);
				plan.add(new PlanItem(index, BINDING, binding, PlanItem.DELETE, pk, deleted.diff()));
			}
		});
	}

}

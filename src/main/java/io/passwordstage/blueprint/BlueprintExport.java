package io.passwordstage.blueprint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.passwordstage.flow.Flow;
import io.passwordstage.flow.FlowReferences.BoundStage;

/**
 * authentik's blueprint export of a flow: the flow, the stages bound to it (one entry per
 * binding) and the bindings, each entry's {@code attrs} without read-only fields and
 * without values equal to the field's initial value, dumped by {@link BlueprintYaml}.
 */
final class BlueprintExport {

	private static final DateTimeFormatter PYTHON_DATETIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00:00'");

	private BlueprintExport() {
	}

	/**
	 * The portable export: entries identify their objects by natural keys only (a flow's
	 * {@code slug}, a stage's {@code name}, a binding's {@code target}, {@code stage} and
	 * {@code order}), refer to each other with {@code !KeyOf} and to flows outside the
	 * file (a stage's {@code configure_flow}) with {@code !Find} on the slug: no primary
	 * key, so that the file applies to another instance as it applies to this one. Each
	 * stage has one entry, however often it is bound.
	 */
	static String toPortableYaml(Flow flow, List<BoundStage> bindings, java.util.function.Function<UUID, String> slugOf,
			Clock clock, boolean writableBackground) {
		List<Object> entries = new ArrayList<>();
		Map<String, Object> flowEntry = entry("authentik_flows.flow", Map.of("slug", flow.slug()),
				ExportedAttrs.flow(flow, writableBackground));
		flowEntry.put("id", "flow");
		entries.add(flowEntry);
		Map<UUID, String> stageIds = new java.util.LinkedHashMap<>();
		for (BoundStage binding : bindings) {
			if (stageIds.containsKey(binding.stageId())) {
				continue;
			}
			String id = "stage-" + (stageIds.size() + 1);
			stageIds.put(binding.stageId(), id);
			Map<String, Object> attrs = ExportedAttrs.stage(binding);
			if (binding.configureFlow() != null) {
				attrs.put("configure_flow", binding.configureFlow().equals(flow.pk()) ? new KeyOf("flow")
						: new Find("authentik_flows.flow", "slug", slugOf.apply(binding.configureFlow())));
			}
			Map<String, Object> stageEntry = entry("authentik_stages_password.passwordstage",
					Map.of("name", binding.stageName()), attrs);
			stageEntry.put("id", id);
			entries.add(stageEntry);
		}
		for (BoundStage binding : bindings) {
			entries.add(entry(
					"authentik_flows.flowstagebinding", Map.of("target", new KeyOf("flow"), "stage",
							new KeyOf(stageIds.get(binding.stageId())), "order", binding.order()),
					ExportedAttrs.binding(binding)));
		}
		Map<String, Object> blueprint = new TreeMap<>();
		blueprint.put("context", Map.of());
		blueprint.put("entries", entries);
		blueprint.put("metadata",
				new TreeMap<>(Map.of("labels",
						new TreeMap<>(Map.of("blueprints.goauthentik.io/generated", "true",
								"blueprints.goauthentik.io/portable", "true")),
						"name", "authentik Export - " + pythonNow(clock))));
		blueprint.put("version", 1);
		return BlueprintYaml.dump(blueprint);
	}

	/** {@code !KeyOf id} in a portable export. */
	record KeyOf(String id) {
	}

	/** {@code !Find [model, [field, value]]} in a portable export. */
	record Find(String model, String field, Object value) {
	}

	static String toYaml(Flow flow, List<BoundStage> bindings, Clock clock, boolean writableBackground) {
		List<Object> entries = new ArrayList<>();
		entries.add(entry("authentik_flows.flow", Map.of("pk", flow.pk().toString(), "slug", flow.slug()),
				ExportedAttrs.flow(flow, writableBackground)));
		for (BoundStage binding : bindings) {
			entries.add(entry("authentik_stages_password.passwordstage",
					Map.of("pk", binding.stageId().toString(), "name", binding.stageName()),
					ExportedAttrs.stage(binding)));
		}
		for (BoundStage binding : bindings) {
			entries.add(entry(
					"authentik_flows.flowstagebinding", Map.of("pk", binding.bindingId().toString(), "target",
							flow.pk().toString(), "stage", binding.stageId().toString(), "order", binding.order()),
					ExportedAttrs.binding(binding)));
		}
		Map<String, Object> blueprint = new TreeMap<>();
		blueprint.put("context", Map.of());
		blueprint.put("entries", entries);
		blueprint.put("metadata", new TreeMap<>(Map.of("labels", Map.of("blueprints.goauthentik.io/generated", "true"),
				"name", "authentik Export - " + pythonNow(clock))));
		blueprint.put("version", 1);
		return BlueprintYaml.dump(blueprint);
	}

	private static Map<String, Object> entry(String model, Map<String, Object> identifiers, Map<String, Object> attrs) {
		Map<String, Object> entry = new TreeMap<>();
		entry.put("attrs", attrs);
		entry.put("conditions", List.of());
		entry.put("identifiers", new TreeMap<>(identifiers));
		entry.put("model", model);
		entry.put("permissions", List.of());
		entry.put("state", "present");
		return entry;
	}

	/** Python's {@code str()} of an aware UTC datetime (no fraction when it is zero). */
	private static String pythonNow(Clock clock) {
		OffsetDateTime now = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		String text = PYTHON_DATETIME.format(now);
		return now.getNano() == 0 ? text.replace(".000000", "") : text;
	}

}

package io.passwordstage.blueprint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.passwordstage.binding.FlowStageBindingService;
import io.passwordstage.binding.FlowStageBindingRequest;
import io.passwordstage.flow.FlowRequest;
import io.passwordstage.flow.FlowService;
import io.passwordstage.stage.PasswordStageRequest;
import io.passwordstage.web.DrfSteps;
import io.passwordstage.stage.PasswordStageService;
import org.springframework.stereotype.Component;

/**
 * The models a blueprint can write here: flows, password stages and flow-stage bindings,
 * by authentik's {@code app_label.model_name}.
 */
@Component
class BlueprintModels {

	private final Map<String, BlueprintModel> models = new LinkedHashMap<>();

	BlueprintModels(FlowService flows, PasswordStageService stages, FlowStageBindingService bindings, DrfSteps steps) {
		add(new BlueprintModel("authentik_flows.flow", "authentik_flows_flow", "flow_uuid", "slug", Map.of("slug",
				text("slug"), "name", text("name"), "title", text("title"), "designation", text("designation")),
				Set.of("slug"),
				new BlueprintModel.Writes(flows::get,
						(pk, body, caller) -> flows.create(pk, steps.read(FlowRequest.class, body), caller),
						(slug, body, caller) -> flows.update(slug, steps.read(FlowRequest.class, body), true, null,
								caller),
						(slug, caller) -> flows.delete(slug, null, caller))));
		add(new BlueprintModel("authentik_stages_password.passwordstage",
				"authentik_flows_stage s join authentik_stages_password_passwordstage p on p.stage_ptr_id = s.stage_uuid",
				"s.stage_uuid", "s.stage_uuid", Map.of("name", text("s.name")), Set.of("name"),
				new BlueprintModel.Writes(stages::get,
						(pk, body, caller) -> stages.create(pk, steps.read(PasswordStageRequest.class, body), caller),
						(id, body, caller) -> stages.update(id, steps.read(PasswordStageRequest.class, body), true,
								null, caller),
						(id, caller) -> stages.delete(id, null, caller))));
		add(new BlueprintModel("authentik_flows.flowstagebinding", "authentik_flows_flowstagebinding", "fsb_uuid",
				"fsb_uuid",
				Map.of("target", column("target_id", BlueprintModel.Kind.UUID), "stage",
						column("stage_id", BlueprintModel.Kind.UUID), "order",
						column("\"order\"", BlueprintModel.Kind.INTEGER)),
				Set.of("target", "stage", "order"), new BlueprintModel.Writes(
						// lambdas, not method references: the binding record is not
						// public
						id -> bindings.get(id),
						(pk, body, caller) -> bindings.create(pk, steps.read(FlowStageBindingRequest.class, body),
								caller),
						(id, body, caller) -> bindings.update(id, steps.read(FlowStageBindingRequest.class, body), true,
								null, caller),
						(id, caller) -> bindings.delete(id, null, caller))));
	}

	/**
	 * The model an entry names; Django reads the model name in any case, the app label as
	 * written.
	 */
	BlueprintModel get(String name) {
		int dot = name.indexOf('.');
		BlueprintModel model = dot < 0 ? null
				: models.get(name.substring(0, dot) + "." + name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (model == null) {
			throw new BlueprintInvalid(
					"Model " + name + " is not served here: blueprints may hold " + String.join(", ", models.keySet()));
		}
		return model;
	}

	private void add(BlueprintModel model) {
		models.put(model.model(), model);
	}

	private static BlueprintModel.Column text(String column) {
		return column(column, BlueprintModel.Kind.TEXT);
	}

	private static BlueprintModel.Column column(String column, BlueprintModel.Kind kind) {
		return new BlueprintModel.Column(column, kind);
	}

}

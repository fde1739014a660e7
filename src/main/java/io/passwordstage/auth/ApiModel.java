package io.passwordstage.auth;

/**
 * The models this service has, as authentik names them: what permissions are about and
 * what object permissions point at.
 */
public enum ApiModel {

	PASSWORD_STAGE("authentik_stages_password", "passwordstage", "Password Stage", "PasswordStage"),
	FLOW("authentik_flows", "flow", "Flow", "Flow"),
	FLOW_STAGE_BINDING("authentik_flows", "flowstagebinding", "Flow Stage Binding", "FlowStageBinding"),
	STAGE("authentik_flows", "stage", "stage", "Stage"), EVENT("authentik_events", "event", "Event", "Event"),
	BLUEPRINT_INSTANCE("authentik_blueprints", "blueprintinstance", "Blueprint Instance", "BlueprintInstance"),
	USER("authentik_core", "user", "User", "User"), TOKEN("authentik_core", "token", "Token", "Token"),
	ROLE("authentik_rbac", "role", "Role", "Role");

	private final String app;

	private final String model;

	private final String verboseName;

	private final String className;

	ApiModel(String app, String model, String verboseName, String className) {
		this.app = app;
		this.model = model;
		this.verboseName = verboseName;
		this.className = className;
	}

	/** Django's app label, e.g. {@code authentik_flows}. */
	public String app() {
		return app;
	}

	/** Django's model name, e.g. {@code flowstagebinding}. */
	public String model() {
		return model;
	}

	/** {@code app_label.model}, as authentik's {@code ModelEnum} has it. */
	public String label() {
		return app + "." + model;
	}

	/** The model's human-readable name, e.g. {@code Password Stage}. */
	public String verboseName() {
		return verboseName;
	}

	/** The app's human-readable name, as authentik's app configs give it. */
	public String appVerboseName() {
		return switch (app) {
			case "authentik_stages_password" -> "authentik Stages.Password";
			case "authentik_flows" -> "authentik Flows";
			case "authentik_events" -> "authentik Events";
			case "authentik_blueprints" -> "authentik Blueprints";
			case "authentik_core" -> "authentik Core";
			default -> "authentik RBAC";
		};
	}

	/** DRF's answer when an object of this model is not found. */
	public String notFound() {
		return "No " + className + " matches the given query.";
	}

	/** The model with this {@code app_label.model}, or {@code null}. */
	public static ApiModel ofLabel(String label) {
		for (ApiModel model : values()) {
			if (model.label().equals(label)) {
				return model;
			}
		}
		return null;
	}

}

package io.passwordstage.auth;

import static io.passwordstage.auth.ApiModel.BLUEPRINT_INSTANCE;
import static io.passwordstage.auth.ApiModel.EVENT;
import static io.passwordstage.auth.ApiModel.FLOW;
import static io.passwordstage.auth.ApiModel.FLOW_STAGE_BINDING;
import static io.passwordstage.auth.ApiModel.PASSWORD_STAGE;
import static io.passwordstage.auth.ApiModel.ROLE;
import static io.passwordstage.auth.ApiModel.STAGE;
import static io.passwordstage.auth.ApiModel.TOKEN;
import static io.passwordstage.auth.ApiModel.USER;

import com.fasterxml.jackson.annotation.JsonValue;
import io.passwordstage.web.WireEnum;

/**
 * The permissions this service knows, by authentik's names ({@code app_label.codename}):
 * Django's four for each of its models and the extra ones authentik's models declare.
 * What {@code /rbac/permissions/} lists (its {@code id} is the position here, so new ones
 * go at the end) and what roles and users may be given.
 */
public enum ApiPermission implements WireEnum {

	VIEW(PASSWORD_STAGE, "view"), ADD(PASSWORD_STAGE, "add"), CHANGE(PASSWORD_STAGE, "change"),
	DELETE(PASSWORD_STAGE, "delete"), VIEW_EVENTS(EVENT, "view"), VIEW_FLOW(FLOW, "view"), ADD_FLOW(FLOW, "add"),
	CHANGE_FLOW(FLOW, "change"), DELETE_FLOW(FLOW, "delete"), EXPORT_FLOW(FLOW, "export_flow", "Can export a Flow"),
	VIEW_FLOW_CACHE(FLOW, "view_flow_cache", "View Flow's cache metrics"),
	CLEAR_FLOW_CACHE(FLOW, "clear_flow_cache", "Clear Flow's cache metrics"), VIEW_BINDING(FLOW_STAGE_BINDING, "view"),
	ADD_BINDING(FLOW_STAGE_BINDING, "add"), CHANGE_BINDING(FLOW_STAGE_BINDING, "change"),
	DELETE_BINDING(FLOW_STAGE_BINDING, "delete"), VIEW_STAGE(STAGE, "view"), DELETE_STAGE(STAGE, "delete"),
	ADD_BLUEPRINT_INSTANCE(BLUEPRINT_INSTANCE, "add"), ADD_STAGE(STAGE, "add"), CHANGE_STAGE(STAGE, "change"),
	ADD_EVENT(EVENT, "add"), CHANGE_EVENT(EVENT, "change"), DELETE_EVENT(EVENT, "delete"),
	VIEW_BLUEPRINT_INSTANCE(BLUEPRINT_INSTANCE, "view"), CHANGE_BLUEPRINT_INSTANCE(BLUEPRINT_INSTANCE, "change"),
	DELETE_BLUEPRINT_INSTANCE(BLUEPRINT_INSTANCE, "delete"), VIEW_USER(USER, "view"), ADD_USER(USER, "add"),
	CHANGE_USER(USER, "change"), DELETE_USER(USER, "delete"),
	ASSIGN_USER_PERMISSIONS(USER, "assign_user_permissions", "Can assign permissions to users"),
	UNASSIGN_USER_PERMISSIONS(USER, "unassign_user_permissions", "Can unassign permissions from users"),
	VIEW_TOKEN(TOKEN, "view"), ADD_TOKEN(TOKEN, "add"), CHANGE_TOKEN(TOKEN, "change"), DELETE_TOKEN(TOKEN, "delete"),
	VIEW_TOKEN_KEY(TOKEN, "view_token_key", "View token's key"),
	SET_TOKEN_KEY(TOKEN, "set_token_key", "Set a token's key"), VIEW_ROLE(ROLE, "view"), ADD_ROLE(ROLE, "add"),
	CHANGE_ROLE(ROLE, "change"), DELETE_ROLE(ROLE, "delete"),
	ASSIGN_ROLE_PERMISSIONS(ROLE, "assign_role_permissions", "Can assign permissions to users"),
	UNASSIGN_ROLE_PERMISSIONS(ROLE, "unassign_role_permissions", "Can unassign permissions from users");

	private final ApiModel model;

	private final String codename;

	private final String name;

	private final String value;

	/** One of Django's default permissions: {@code add}, {@code change}, … */
	ApiPermission(ApiModel model, String action) {
		this(model, action + "_" + model.model(), "Can " + action + " " + model.verboseName());
	}

	ApiPermission(ApiModel model, String codename, String name) {
		this.model = model;
		this.codename = codename;
		this.name = name;
		this.value = model.app() + "." + codename;
	}

	@Override
	@JsonValue
	public String value() {
		return value;
	}

	public ApiModel model() {
		return model;
	}

	public String codename() {
		return codename;
	}

	/** The human-readable name, e.g. {@code Can view Password Stage}. */
	public String title() {
		return name;
	}

	/** The permission named {@code app_label.codename}, or {@code null}. */
	public static ApiPermission of(String value) {
		return BY_VALUE.get(value);
	}

	private static final java.util.Map<String, ApiPermission> BY_VALUE = java.util.Arrays.stream(values())
		.collect(java.util.stream.Collectors.toUnmodifiableMap(ApiPermission::value, permission -> permission));

}

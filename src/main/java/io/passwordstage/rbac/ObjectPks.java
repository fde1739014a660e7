package io.passwordstage.rbac;

import java.util.UUID;

import io.passwordstage.auth.ApiModel;
import io.passwordstage.web.DrfUuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The objects object permissions are on: the primary key of an existing one, as they
 * record it (a uuid in its canonical text, a user's id), and what it is called.
 */
@Component
class ObjectPks {

	private final JdbcClient jdbc;

	ObjectPks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key of the object of {@code model} with primary key {@code pk}, or {@code null}
	 * when there is none (blueprint instances are not stored here: there never is one).
	 */
	String existing(ApiModel model, String pk) {
		String table = switch (model) {
			case PASSWORD_STAGE -> "authentik_stages_password_passwordstage where stage_ptr_id";
			case STAGE -> "authentik_flows_stage where stage_uuid";
			case FLOW -> "authentik_flows_flow where flow_uuid";
			case FLOW_STAGE_BINDING -> "authentik_flows_flowstagebinding where fsb_uuid";
			case EVENT -> "authentik_events_event where event_uuid";
			case TOKEN -> "authentik_core_token where token_uuid";
			case ROLE -> "authentik_rbac_role where uuid";
			case USER -> "authentik_core_user where id";
			case BLUEPRINT_INSTANCE -> null;
		};
		Object key = model == ApiModel.USER ? number(pk) : DrfUuids.parseUuid(pk);
		if (table == null || key == null) {
			return null;
		}
		String column = table.substring(table.lastIndexOf(' ') + 1);
		return jdbc.sql("select " + column + "::text from " + table + " = ?")
			.param(key)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * What authentik calls the object ({@code str()} of it), or {@code null} when there
	 * is none or this service does not say (tokens, events).
	 */
	String description(ApiModel model, String pk) {
		String sql = switch (model) {
			case PASSWORD_STAGE, STAGE -> "select 'Stage ' || name from authentik_flows_stage where stage_uuid = ?";
			case FLOW -> "select 'Flow ' || name || ' (' || slug || ')' from authentik_flows_flow where flow_uuid = ?";
			case FLOW_STAGE_BINDING -> "select 'Flow-stage binding #' || \"order\" || ' to ' || target_id"
					+ " from authentik_flows_flowstagebinding where fsb_uuid = ?";
			case ROLE -> "select 'Role ' || name from authentik_rbac_role where uuid = ?";
			case USER -> "select username from authentik_core_user where id = ?";
			default -> null;
		};
		Object key = model == ApiModel.USER ? number(pk) : DrfUuids.parseUuid(pk);
		if (sql == null || key == null) {
			return null;
		}
		return jdbc.sql(sql).param(key).query(String.class).optional().orElse(null);
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

package io.passwordstage.auth;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The primary key (as object permissions record it) of the object a route's path names,
 * asked only for callers who hold a permission on some objects of the model but not on
 * all of them.
 */
@Component
class ObjectKeys {

	private final JdbcClient jdbc;

	ObjectKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key of the object {@code pathValue} names, or {@code null} when there is none.
	 */
	String pk(ApiModel model, String pathValue) {
		String sql = switch (model) {
			case PASSWORD_STAGE ->
				"select stage_ptr_id from authentik_stages_password_passwordstage where stage_ptr_id = ?";
			case STAGE -> "select stage_uuid from authentik_flows_stage where stage_uuid = ?";
			case FLOW_STAGE_BINDING -> "select fsb_uuid from authentik_flows_flowstagebinding where fsb_uuid = ?";
			case ROLE -> "select uuid from authentik_rbac_role where uuid = ?";
			case FLOW -> "select flow_uuid from authentik_flows_flow where slug = ?";
			case TOKEN -> "select token_uuid from authentik_core_token where identifier = ?";
			case USER -> "select id from authentik_core_user where id = ?";
			default -> null;
		};
		Object key = switch (model) {
			case FLOW, TOKEN -> pathValue;
			case USER -> number(pathValue);
			default -> uuid(pathValue);
		};
		if (sql == null || key == null) {
			return null;
		}
		return jdbc.sql(sql).param(key).query((row, index) -> row.getString(1)).optional().orElse(null);
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

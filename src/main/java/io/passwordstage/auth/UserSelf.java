package io.passwordstage.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The caller as {@code /core/users/me/} shows it (authentik's {@code UserSelf}), 2025.8's
 * keys; the 2026 lines add {@code roles} ({@link Wire2026}) and 2026.8 {@code is_current}
 * ({@link Wire2026_8}).
 */
@JsonPropertyOrder({ "pk", "username", "name", "is_active", "is_superuser", "is_current", "groups", "roles", "email",
		"avatar", "uid", "settings", "type", "system_permissions" })
record UserSelf(int pk, String username, String name, @JsonProperty("is_active") boolean active,
		@JsonProperty("is_superuser") boolean superuser, String email, String avatar, String uid, String type,
		@JsonIgnore List<NamedPk> roleList) {

	/** A group or role of {@code me}: its name and primary key. */
	record NamedPk(String name, String pk) {
	}

	static UserSelf of(User user) {
		return new UserSelf(user.pk(), user.username(), user.name(), user.active(), user.superuser(), user.email(),
				user.avatar(), user.uid(), user.type(),
				user.rolesObj().stream().map(role -> new NamedPk(role.name(), role.pk().toString())).toList());
	}

	@JsonProperty("groups")
	public List<NamedPk> groups() {
		return List.of();
	}

	@JsonProperty("settings")
	public Map<String, Object> settings() {
		return Map.of();
	}

	/** authentik's system permissions (system info, settings): none here. */
	@JsonProperty("system_permissions")
	public List<String> systemPermissions() {
		return List.of();
	}

	@JsonIgnore
	public List<NamedPk> roles() {
		return roleList;
	}

	/** authentik's session check; an API token has no browser session. */
	@JsonIgnore
	public boolean isCurrent() {
		return false;
	}

	/** What {@code me} answers: the user, never impersonated here. */
	record SessionUser(UserSelf user) {

		/** 2026.8's other accounts signed in from the same browser: none for a token. */
		@JsonIgnore
		public List<UserSelf> users() {
			return List.of();
		}

		/** 2026.8: with the browser's other accounts. */
		abstract static class Wire2026_8 {

			@JsonIgnore(false)
			@JsonProperty("users")
			abstract List<UserSelf> users();

		}

	}

	/** The 2026 lines: with the user's roles. */
	abstract static class Wire2026 {

		@JsonIgnore(false)
		@JsonProperty("roles")
		abstract List<NamedPk> roles();

	}

	/** 2026.8: also {@code is_current}. */
	abstract static class Wire2026_8 extends Wire2026 {

		@JsonIgnore(false)
		@JsonProperty("is_current")
		abstract boolean isCurrent();

	}

}

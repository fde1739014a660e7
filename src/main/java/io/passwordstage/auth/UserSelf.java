package io.passwordstage.auth;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The caller as {@code /core/users/me/} shows it (authentik's {@code UserSelf}), 2025.8's
 * keys; the 2026 lines add {@code roles} ({@link Wire2026}) and 2026.8 {@code is_current}
 * ({@link Wire2026_8}).
 */
@Schema(name = "UserSelf", description = "User Serializer for information a user can retrieve about themselves",
		requiredProperties = { "avatar", "groups", "is_active", "is_superuser", "name", "pk", "settings",
				"system_permissions", "uid", "username" })
@JsonPropertyOrder({ "pk", "username", "name", "is_active", "is_superuser", "is_current", "groups", "roles", "email",
		"avatar", "uid", "settings", "type", "system_permissions" })
record UserSelf(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "ID") int pk,
		@Schema(description = USERNAME_HELP, pattern = "^[\\w.@+-]+$", maxLength = 150) String username,
		@Schema(description = User.NAME_HELP) String name,
		@JsonProperty("is_active") @Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "Active",
				description = User.ACTIVE_HELP) boolean active,
		@JsonProperty("is_superuser") @Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean superuser,
		@Schema(format = "email", title = User.EMAIL_TITLE, maxLength = 254) String email,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = User.AVATAR_HELP) String avatar,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String uid,
		@Schema(implementation = UserRequest.Type.class) String type, @JsonIgnore List<NamedPk> roleList) {

	private static final String USERNAME_HELP = "Required. 150 characters or fewer. Letters, digits and @/./+/-/_"
			+ " only.";

	/** A group or role of {@code me}: its name and primary key. */
	@Schema(name = "UserSelfGroups", requiredProperties = { "name", "pk" })
	record NamedPk(@Schema(accessMode = Schema.AccessMode.READ_ONLY) String name,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) String pk) {
	}

	static UserSelf of(User user) {
		return new UserSelf(user.pk(), user.username(), user.name(), user.active(), user.superuser(), user.email(),
				user.avatar(), user.uid(), user.type(),
				user.rolesObj().stream().map(role -> new NamedPk(role.name(), role.pk().toString())).toList());
	}

	@JsonProperty("groups")
	@ArraySchema(arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY))
	public List<NamedPk> groups() {
		return List.of();
	}

	@JsonProperty("settings")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY,
			description = "Get user settings with brand and group settings applied")
	public Map<String, Object> settings() {
		return Map.of();
	}

	/** authentik's system permissions (system info, settings): none here. */
	@JsonProperty("system_permissions")
	@ArraySchema(arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY,
			description = "Get all system permissions assigned to the user"))
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

	/**
	 * What {@code me} answers: the user, never impersonated here (so without the
	 * {@code original} user).
	 */
	@Schema(name = "SessionUser", description = SessionUser.DESCRIPTION, requiredProperties = "user")
	record SessionUser(UserSelf user, @JsonInclude(JsonInclude.Include.NON_NULL) UserSelf original) {

		static final String DESCRIPTION = "Response for the /user/me endpoint, returns the currently active user"
				+ " (as `user` property)\nand, if this user is being impersonated, the original user in the"
				+ " `original` property.";

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

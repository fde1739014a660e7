package io.passwordstage.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A user as authentik's {@code User} serializer shows it, 2025.8's keys; {@link Wire2026}
 * adds the 2026 lines' {@code roles} and {@code roles_obj}. What this service has no use
 * for is answered as authentik answers it for a service account: no groups, no avatar, no
 * email.
 */
@JsonPropertyOrder({ "pk", "username", "name", "is_active", "last_login", "date_joined", "is_superuser", "groups",
		"groups_obj", "roles", "roles_obj", "email", "avatar", "attributes", "uid", "path", "type", "uuid",
		"password_change_date", "last_updated" })
public record User(int pk, String username, String name, @JsonProperty("is_active") boolean active,
		@JsonProperty("last_login") Instant lastLogin, @JsonProperty("date_joined") Instant dateJoined,
		@JsonProperty("is_superuser") boolean superuser, String email, Map<String, Object> attributes, String uid,
		String path, String type, UUID uuid, @JsonProperty("password_change_date") Instant passwordChangeDate,
		@JsonProperty("last_updated") Instant lastUpdated, @JsonIgnore List<UserRole> roleObjects) {

	/** The avatar authentik gives a user without an e-mail address and avatars off. */
	static final String AVATAR = "data:image/svg+xml;base64,";

	@JsonProperty("groups")
	public List<UUID> groups() {
		return List.of();
	}

	@JsonProperty("groups_obj")
	public List<Object> groupsObj() {
		return List.of();
	}

	@JsonProperty("avatar")
	public String avatar() {
		return AVATAR;
	}

	@JsonIgnore
	public List<UUID> roles() {
		return roleObjects.stream().map(UserRole::pk).toList();
	}

	@JsonIgnore
	public List<UserRole> rolesObj() {
		return roleObjects;
	}

	/** A stable opaque id derived from the user's uuid, as authentik's {@code uid} is. */
	public static String uid(UUID uuid) {
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(uuid.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The 2026 lines' user: with the roles it is in. */
	public abstract static class Wire2026 {

		@JsonIgnore(false)
		@JsonProperty("roles")
		public abstract List<UUID> roles();

		@JsonIgnore(false)
		@JsonProperty("roles_obj")
		public abstract List<UserRole> rolesObj();

	}

}

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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as authentik's {@code User} serializer shows it, 2025.8's keys; {@link Wire2026}
 * adds the 2026 lines' {@code roles} and {@code roles_obj}. What this service has no use
 * for is answered as authentik answers it for a service account: no groups, the initials
 * avatar, no email.
 */
@Schema(name = "User", description = "User Serializer",
		requiredProperties = { "avatar", "date_joined", "groups_obj", "is_superuser", "last_updated", "name",
				"password_change_date", "pk", "uid", "username", "uuid" })
@JsonPropertyOrder({ "pk", "username", "name", "is_active", "last_login", "date_joined", "is_superuser", "groups",
		"groups_obj", "roles", "roles_obj", "email", "avatar", "attributes", "uid", "path", "type", "uuid",
		"password_change_date", "last_updated" })
public record User(@Schema(accessMode = Schema.AccessMode.READ_ONLY, title = "ID") int pk,
		@Schema(maxLength = 150) String username, @Schema(description = NAME_HELP) String name,
		@JsonProperty("is_active") @Schema(title = "Active", description = ACTIVE_HELP) boolean active,
		@JsonProperty("last_login") @Schema(nullable = true) Instant lastLogin,
		@JsonProperty("date_joined") @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant dateJoined,
		@JsonProperty("is_superuser") @Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean superuser,
		@Schema(format = "email", title = EMAIL_TITLE, maxLength = 254) String email, Map<String, Object> attributes,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) String uid, String path,
		@Schema(implementation = UserRequest.Type.class) String type,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) UUID uuid,
		@JsonProperty("password_change_date") @Schema(
				accessMode = Schema.AccessMode.READ_ONLY) Instant passwordChangeDate,
		@JsonProperty("last_updated") @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant lastUpdated,
		@JsonIgnore List<UserRole> roleObjects) {

	/**
	 * authentik's initials avatar: an SVG of the name's first two letters, as a data URI.
	 */
	static String initialsAvatar(String name) {
		String initials = name.strip()
			.codePoints()
			.limit(2)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.toUpperCase(java.util.Locale.ROOT);
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
				+ "<rect width=\"100\" height=\"100\" fill=\"#ff8400\"/><text x=\"50\" y=\"50\" fill=\"#ffffff\""
				+ " font-family=\"sans-serif\" font-size=\"40\" text-anchor=\"middle\" dominant-baseline=\"central\">"
				+ initials.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</text></svg>";
		return "data:image/svg+xml;base64,"
				+ java.util.Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	static final String NAME_HELP = "User's display name.";

	static final String ACTIVE_HELP = "Designates whether this user should be treated as active. Unselect this instead"
			+ " of deleting accounts.";

	static final String EMAIL_TITLE = "Email address";

	static final String AVATAR_HELP = "User's avatar, either a http/https URL or a data URI";

	@JsonProperty("groups")
	public List<UUID> groups() {
		return List.of();
	}

	@JsonProperty("groups_obj")
	@ArraySchema(arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY, nullable = true))
	public List<UserGroup> groupsObj() {
		return List.of();
	}

	@JsonProperty("avatar")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = AVATAR_HELP)
	public String avatar() {
		return initialsAvatar(name);
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

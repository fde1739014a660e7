package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user of the API: who tokens belong to and permissions are given to. Service accounts
 * are what API callers are; the bootstrap token's user is an internal superuser.
 */
@Entity
@Table(name = "authentik_core_user")
class UserEntity {

	static final String SERVICE_ACCOUNT = "service_account";

	static final String SERVICE_ACCOUNT_PATH = "goauthentik.io/service-accounts";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@Column(nullable = false)
	private UUID uuid;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String type;

	@Column(nullable = false)
	private String path;

	@Column(name = "is_active", nullable = false)
	private boolean active;

	@Column(name = "is_superuser", nullable = false)
	private boolean superuser;

	@Column(nullable = false)
	private String email;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Map<String, Object> attributes;

	@Column(nullable = false)
	private Instant dateJoined;

	@Column(nullable = false)
	private Instant lastUpdated;

	private Instant lastLogin;

	@Column(nullable = false)
	private Instant passwordChangeDate;

	protected UserEntity() {
	}

	/** A new user of {@code type}, under {@code path}. */
	static UserEntity of(String username, String name, String type, String path, boolean superuser,
			Map<String, Object> attributes) {
		UserEntity user = new UserEntity();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		user.uuid = UUID.randomUUID();
		user.username = username;
		user.name = name;
		user.type = type;
		user.path = path;
		user.active = true;
		user.superuser = superuser;
		user.email = "";
		user.attributes = new HashMap<>(attributes);
		user.dateJoined = now;
		user.lastUpdated = now;
		user.passwordChangeDate = now;
		return user;
	}

	/** Applies what a create, PUT or PATCH sent. */
	void change(UserRequest request) {
		io.passwordstage.web.Sent sent = request.sent();
		if (sent.has("username")) {
			username = request.username();
		}
		if (sent.has("name")) {
			name = request.name();
		}
		if (sent.has("is_active") && request.active() != null) {
			active = request.active();
		}
		if (sent.has("last_login")) {
			lastLogin = request.lastLogin();
		}
		if (sent.has("email") && request.email() != null) {
			email = request.email();
		}
		if (sent.has("attributes") && request.attributes() != null) {
			attributes = new HashMap<>(request.attributes());
		}
		if (sent.has("path") && request.path() != null) {
			path = request.path();
		}
		if (sent.has("type") && request.type() != null) {
			type = request.type();
		}
		lastUpdated = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	Integer id() {
		return id;
	}

	String username() {
		return username;
	}

	boolean active() {
		return active;
	}

	boolean superuser() {
		return superuser;
	}

	UUID uuid() {
		return uuid;
	}

	/** The user as the API shows it, with the roles it is in. */
	User toUser(java.util.List<UserRole> roles) {
		return new User(id, username, name, active, lastLogin, dateJoined, superuser, email, attributes, User.uid(uuid),
				path, type, uuid, passwordChangeDate, lastUpdated, roles);
	}

}

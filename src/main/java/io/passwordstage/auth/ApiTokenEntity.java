package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An API token. Only the SHA-256 digest of its key is stored. */
@Entity
@Table(name = "authentik_core_token")
class ApiTokenEntity {

	static final String INTENT_API = "api";

	@Id
	@Column(name = "token_uuid")
	private UUID id;

	@Column(nullable = false, unique = true)
	private String identifier;

	@Column(name = "key_hash", nullable = false, length = 64)
	private String keyHash;

	@Column(nullable = false)
	private String intent = INTENT_API;

	@Column(nullable = false)
	private String description = "";

	private Instant expires;

	@Column(nullable = false)
	private boolean expiring;

	@Column(nullable = false)
	private boolean superuser;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private String[] permissions = new String[0];

	@Column(nullable = false)
	private Instant created;

	protected ApiTokenEntity() {
	}

	ApiTokenEntity(String identifier, String keyHash, String description, Instant expires, boolean superuser,
			List<String> permissions) {
		this.id = UUID.randomUUID();
		this.identifier = identifier;
		this.keyHash = keyHash;
		this.description = description;
		this.expires = expires == null ? null : expires.truncatedTo(ChronoUnit.MICROS);
		this.expiring = expires != null;
		this.superuser = superuser;
		this.permissions = permissions.toArray(String[]::new);
		this.created = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	UUID id() {
		return id;
	}

	String intent() {
		return intent;
	}

	String description() {
		return description;
	}

	Instant expires() {
		return expires;
	}

	boolean expiring() {
		return expiring;
	}

	String identifier() {
		return identifier;
	}

	boolean superuser() {
		return superuser;
	}

	List<String> permissions() {
		return List.of(permissions);
	}

}

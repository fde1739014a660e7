package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.passwordstage.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API token: only the SHA-256 digest of its key is stored. */
@Entity
@Table(name = "authentik_core_token")
class ApiTokenEntity extends AssignedIdEntity {

	static final String INTENT_API = "api";

	@Id
	@Column(name = "token_uuid")
	private UUID id;

	@Column(nullable = false, unique = true)
	private String identifier;

	@Column(name = "key_hash", nullable = false, unique = true, length = 64)
	private String keyHash;

	@Column(nullable = false)
	private String intent;

	@Column(nullable = false)
	private String description;

	private Instant expires;

	@Column(nullable = false)
	private boolean expiring;

	@Column(nullable = false)
	private boolean superuser;

	@Column(nullable = false, columnDefinition = "text[]")
	private String[] permissions;

	@Column(nullable = false)
	private Instant created;

	protected ApiTokenEntity() {
	}

	/**
	 * @param expires {@code null} for a token that never expires
	 */
	static ApiTokenEntity mint(String identifier, String key, String description, Instant expires, boolean superuser,
			Collection<String> permissions) {
		ApiTokenEntity token = new ApiTokenEntity();
		token.id = UUID.randomUUID();
		token.identifier = identifier;
		token.keyHash = TokenKeys.digest(key);
		token.intent = INTENT_API;
		token.description = description;
		token.expires = expires == null ? null : expires.truncatedTo(ChronoUnit.MICROS);
		token.expiring = expires != null;
		token.superuser = superuser;
		token.permissions = permissions.toArray(String[]::new);
		token.created = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return token;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** The digest the token's key is stored as. */
	String keyHash() {
		return keyHash;
	}

	/**
	 * Whether {@code key} is this token's key (compared as digests, in constant time).
	 */
	boolean hasKey(String key) {
		return TokenKeys.sameDigest(keyHash, TokenKeys.digest(key));
	}

	/**
	 * The token as the API shows it, with its key only when given (the response that
	 * created it).
	 */
	Token toToken(String key) {
		return new Token(id, identifier, intent, description, expires, expiring, superuser, List.of(permissions), key);
	}

}

package io.passwordstage.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.passwordstage.persistence.AssignedIdEntity;
import io.passwordstage.web.Sent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API token: only the SHA-256 digest of its key is stored. */
@Entity
@Table(name = "authentik_core_token")
class ApiTokenEntity extends AssignedIdEntity {

	static final String INTENT_API = "api";

	static final String INTENT_APP_PASSWORD = "app_password";

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

	@Column(name = "user_id", nullable = false)
	private int userId;

	private String managed;

	@Column(nullable = false)
	private Instant created;

	protected ApiTokenEntity() {
	}

	/**
	 * @param expires {@code null} for a token that never expires
	 */
	static ApiTokenEntity mint(String identifier, String key, String intent, int userId, String description,
			Instant expires) {
		ApiTokenEntity token = new ApiTokenEntity();
		token.id = UUID.randomUUID();
		token.identifier = identifier;
		token.keyHash = TokenKeys.digest(key);
		token.intent = intent;
		token.userId = userId;
		token.description = description;
		token.expires = expires == null ? null : expires.truncatedTo(ChronoUnit.MICROS);
		token.expiring = expires != null;
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

	/** Marks the token as managed by {@code managed} (authentik's field), or not. */
	void manage(String managed) {
		this.managed = managed;
	}

	/** Applies what a PUT or PATCH sent; {@code userId}: a new owner, or {@code null}. */
	void change(TokenRequest request, Integer userId) {
		Sent sent = request.sent();
		if (sent.has("managed")) {
			managed = request.managed();
		}
		if (sent.has("identifier")) {
			identifier = request.identifier();
		}
		if (sent.has("intent") && request.intent() != null) {
			intent = request.intent();
		}
		if (sent.has("description")) {
			description = request.description() == null ? "" : request.description();
		}
		if (sent.has("expiring") && request.expiring() != null) {
			expiring = request.expiring();
		}
		if (sent.has("expires")) {
			expires = request.expires() == null ? null : request.expires().truncatedTo(ChronoUnit.MICROS);
		}
		if (userId != null) {
			this.userId = userId;
		}
	}

	/** A new key, stored as its digest. */
	void setKey(String key) {
		keyHash = TokenKeys.digest(key);
	}

	int userId() {
		return userId;
	}

	String identifier() {
		return identifier;
	}

	/** The token as the API shows it, with its user. */
	Token toToken(User user) {
		return new Token(id, managed, identifier, intent, user.pk(), user, description, expires, expiring);
	}

}

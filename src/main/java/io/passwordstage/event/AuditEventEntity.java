package io.passwordstage.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.passwordstage.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/** One audit event, as authentik's Event model stores it; its context is JSON. */
@Entity
@Table(name = "authentik_events_event")
class AuditEventEntity extends AssignedIdEntity {

	/** authentik's default event retention. */
	private static final long RETENTION_DAYS = 365;

	@Id
	@Column(name = "event_uuid")
	private UUID id;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String app;

	@Column(nullable = false, columnDefinition = "jsonb")
	@ColumnTransformer(write = "cast(? as jsonb)")
	private String context;

	@Column(name = "token_identifier")
	private String tokenIdentifier;

	@Column(name = "client_ip", length = 64)
	private String clientIp;

	@Column(name = "request_id", length = 64)
	private String requestId;

	@Column(nullable = false)
	private Instant created;

	@Column(nullable = false)
	private Instant expires;

	protected AuditEventEntity() {
	}

	AuditEventEntity(String action, String app, String context, String tokenIdentifier, String clientIp,
			String requestId) {
		this.id = UUID.randomUUID();
		this.action = action;
		this.app = app;
		this.context = context;
		this.tokenIdentifier = tokenIdentifier;
		this.clientIp = clientIp;
		this.requestId = requestId;
		this.created = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.expires = created.plus(RETENTION_DAYS, ChronoUnit.DAYS);
	}

	@Override
	public UUID getId() {
		return id;
	}

}

package io.passwordstage.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An audit event as authentik's event API shows it; {@code user} names the acting token.
 */
@Schema(name = "Event")
@JsonPropertyOrder({ "pk", "user", "action", "app", "context", "client_ip", "created", "expires" })
record Event(UUID pk, Map<String, Object> user, String action, String app, Map<String, Object> context,
		@JsonProperty("client_ip") String clientIp, Instant created, Instant expires) {
}

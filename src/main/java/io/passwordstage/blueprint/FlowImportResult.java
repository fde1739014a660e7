package io.passwordstage.blueprint;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of an import: whether the blueprint was applied, and the warnings that say
 * why not; {@code plan} only when the import asked for it (without it the answer is
 * authentik's, key for key).
 */
@Schema(name = "FlowImportResult", description = "Logs of an attempted flow import",
		requiredProperties = { "logs", "success" })
record FlowImportResult(
		@ArraySchema(arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY)) List<LogEvent> logs,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean success,
		@JsonInclude(JsonInclude.Include.NON_NULL) @ArraySchema(
				arraySchema = @Schema(accessMode = Schema.AccessMode.READ_ONLY,
						description = "What each entry did, or would do (an addition of this service: only with plan or"
								+ " dry_run)")) List<PlanItem> plan) {

	/** authentik's {@code LogEvent}: one log line with its context. */
	@Schema(name = "LogEvent", description = "Single log message with all context logged.",
			requiredProperties = { "attributes", "event", "log_level", "logger", "timestamp" })
	record LogEvent(Instant timestamp, @JsonProperty("log_level") LogLevel logLevel, String logger, String event,
			@Schema(type = "object") Map<String, Object> attributes) {

		static final String IMPORTER = "authentik.blueprints.v1.importer";

		static LogEvent warning(String event, Map<String, Object> attributes) {
			return new LogEvent(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), LogLevel.WARNING,
					IMPORTER, event, attributes);
		}

	}

	/** structlog's level names, as authentik's schema lists them. */
	@Schema(name = "LogLevelEnum", enumAsRef = true)
	enum LogLevel implements io.passwordstage.web.WireEnum {

		CRITICAL("critical"), EXCEPTION("exception"), ERROR("error"), WARN("warn"), WARNING("warning"), INFO("info"),
		DEBUG("debug"), NOTSET("notset");

		private final String value;

		LogLevel(String value) {
			this.value = value;
		}

		@Override
		@com.fasterxml.jackson.annotation.JsonValue
		public String value() {
			return value;
		}

	}

}

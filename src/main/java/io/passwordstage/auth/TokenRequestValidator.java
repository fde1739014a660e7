package io.passwordstage.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfStep;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.FieldErrors;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.ValidationFailedException;
import io.passwordstage.web.WholeBody;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a token-minting body: the DRF step to a {@link TokenRequest}, then its
 * constraints, with DRF's texts.
 */
@Component
class TokenRequestValidator implements DrfStep<TokenRequest> {

	private final Validator validator;

	TokenRequestValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * A new token's fields: identifier, intent, user (null: the caller), description,
	 * expiry (null = never).
	 */
	record NewToken(String managed, String identifier, String intent, Long user, String description, Instant expires) {
	}

	@Override
	public Class<TokenRequest> type() {
		return TokenRequest.class;
	}

	/** Any body that is not an object, {@code null} included, is DRF's "Invalid data". */
	@Override
	public ObjectFields fields(JsonNode body) {
		if (!body.isObject()) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(body))));
		}
		return new ObjectFields(body);
	}

	/** DRF's first step: needs no database. */
	@Override
	public TokenRequest read(ObjectFields fields) {
		return new TokenRequest(fields.read("managed", DrfCoercion::text), fields.read("identifier", DrfCoercion::text),
				fields.read("intent", DrfCoercion::choice), fields.read("user", DrfCoercion::integer),
				fields.read("description", TokenRequestValidator::description),
				fields.read("expires", TokenRequestValidator::dateTime), fields.read("expiring", DrfCoercion::bool),
				fields.sent());
	}

	NewToken validate(TokenRequest request, Instant now, Predicate<String> identifierTaken) {
		FieldErrors errors = FieldErrors.of(request, request.sent().errors(), validator, Default.class,
				WholeBody.class);
		if (request.identifier() != null && !errors.has("identifier") && identifierTaken.test(request.identifier())) {
			errors.addFirst("identifier", ErrorTexts.TOKEN_IDENTIFIER_TAKEN);
		}
		errors.throwIfAny();
		Instant expiry = Boolean.FALSE.equals(request.expiring()) ? null
				: request.expires() != null ? request.expires() : now.plusSeconds(86_400);
		return new NewToken(request.managed(), request.identifier(),
				request.intent() == null ? ApiTokenEntity.INTENT_API : request.intent(), request.user(),
				request.description() == null ? "" : request.description(), expiry);
	}

	/** A PUT (every required key) or PATCH body's rules; the identifier unique. */
	void validateUpdate(TokenRequest request, boolean partial, Predicate<String> identifierTaken) {
		FieldErrors errors = partial ? FieldErrors.of(request, request.sent().errors(), validator, Default.class)
				: FieldErrors.of(request, request.sent().errors(), validator, Default.class, WholeBody.class);
		if (request.identifier() != null && !errors.has("identifier") && identifierTaken.test(request.identifier())) {
			errors.addFirst("identifier", ErrorTexts.TOKEN_IDENTIFIER_TAKEN);
		}
		errors.throwIfAny();
	}

	/** A CharField that may be blank. */
	private static String description(JsonNode node) {
		return node.isString() && node.stringValue().isBlank() ? "" : DrfCoercion.text(node);
	}

	static Instant dateTime(JsonNode node) {
		if (node.isNull()) {
			return null;
		}
		if (node.isString()) {
			String text = node.stringValue().strip().replace(' ', 'T');
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				try {
					return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException ignored) {
					// falls through to DRF's message
				}
			}
		}
		throw new FieldInvalid(ErrorTexts.DATETIME);
	}

}

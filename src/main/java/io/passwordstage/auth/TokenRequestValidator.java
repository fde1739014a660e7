package io.passwordstage.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.passwordstage.web.WireEnum;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.ObjectFields;
import io.passwordstage.web.ValidationFailedException;
import tools.jackson.databind.JsonNode;

/** Validates a token-minting body with DRF's texts. */
final class TokenRequestValidator {

	private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");

	private static final Set<String> PERMISSIONS = WireEnum.values(TokenPermission.class);

	private final Predicate<String> identifierTaken;

	TokenRequestValidator(Predicate<String> identifierTaken) {
		this.identifierTaken = identifierTaken;
	}

	/**
	 * A new token's fields: identifier, description, expiry (null = never), superuser,
	 * permissions.
	 */
	record NewToken(String identifier, String description, Instant expires, boolean superuser,
			List<String> permissions) {
	}

	NewToken read(JsonNode body, Instant now) {
		if (!body.isObject()) {
			throw new ValidationFailedException(Map.of("non_field_errors", List.of(DrfCoercion.notAnObject(body))));
		}
		ObjectFields fields = new ObjectFields(body);
		String identifier = fields.read("identifier", true, this::identifier);
		fields.read("intent", false, node -> DrfCoercion.choice(node, Set.of(ApiTokens.INTENT_API)));
		String description = fields.read("description", false, TokenRequestValidator::description);
		Instant expires = fields.read("expires", false, TokenRequestValidator::dateTime);
		Boolean expiring = fields.read("expiring", false, DrfCoercion::bool);
		Boolean superuser = fields.read("superuser", false, DrfCoercion::bool);
		List<String> permissions = fields.read("permissions", false, TokenRequestValidator::permissions);
		if (!fields.errors().isEmpty()) {
			throw new ValidationFailedException(fields.errors());
		}
		Instant expiry = Boolean.FALSE.equals(expiring) ? null : expires != null ? expires : now.plusSeconds(86_400);
		return new NewToken(identifier, description == null ? "" : description, expiry, Boolean.TRUE.equals(superuser),
				permissions == null ? List.of() : permissions);
	}

	private String identifier(JsonNode node) {
		String value = DrfCoercion.text(node);
		List<String> problems = new ArrayList<>();
		boolean wellFormed = value.length() <= 255 && SLUG.matcher(value).matches();
		if (wellFormed && identifierTaken.test(value)) {
			problems.add("Token with this identifier already exists.");
		}
		if (value.length() > 255) {
			problems.add("Ensure this field has no more than 255 characters.");
		}
		problems.addAll(DrfCoercion.characterProblems(value));
		if (!SLUG.matcher(value).matches()) {
			problems.add("Enter a valid \"slug\" consisting of letters, numbers, underscores or hyphens.");
		}
		if (!problems.isEmpty()) {
			throw new FieldInvalid(problems);
		}
		return value;
	}

	private static String description(JsonNode node) {
		if (node.isString() && node.stringValue().isBlank()) {
			return "";
		}
		String value = DrfCoercion.text(node);
		List<String> problems = DrfCoercion.characterProblems(value);
		if (!problems.isEmpty()) {
			throw new FieldInvalid(problems);
		}
		return value;
	}

	private static Instant dateTime(JsonNode node) {
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
		throw new FieldInvalid(
				"Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
	}

	private static List<String> permissions(JsonNode node) {
		List<JsonNode> items = DrfCoercion.list(node);
		List<String> values = new ArrayList<>();
		Map<String, Object> errors = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			try {
				values.add(DrfCoercion.choice(items.get(i), PERMISSIONS));
			}
			catch (FieldInvalid ex) {
				errors.put(String.valueOf(i), ex.detail());
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldInvalid(errors);
		}
		return values.stream().distinct().toList();
	}

}

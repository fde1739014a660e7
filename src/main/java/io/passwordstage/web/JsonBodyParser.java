package io.passwordstage.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parses a request body the way authentik's parser does: an empty body is {@code {}},
 * anything else must be JSON (415 otherwise) and well formed (400
 * {@code JSON parse error - ...}).
 */
@Component
class JsonBodyParser {

	private final JsonMapper mapper;

	/** Jackson names its own classes in limit messages; clients need not see them. */
	private static final java.util.regex.Pattern INTERNAL_REFERENCE = java.util.regex.Pattern
		.compile(", from `[^`]*`\\)");

	/**
	 * Jackson quotes an unrecognised token in full; it may be a pasted secret, so it is
	 * never echoed.
	 */
	private static final java.util.regex.Pattern ECHOED_TOKEN = java.util.regex.Pattern
		.compile("Unrecognized token '.*'(?=: was expecting)");

	JsonBodyParser(JsonMapper mapper) {
		this.mapper = mapper.rebuild().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
	}

	/**
	 * The body as authentik's parser reads it: no body at all is DRF's empty {@code {}}.
	 * @throws ApiException the 415 or 400 authentik's parser gives
	 */
	JsonNode parse(byte[] body, String contentType) {
		if (body.length == 0) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (!isJson(contentType)) {
			throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorTexts.unsupportedMediaType(contentType));
		}
		if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
			throw parseError("unexpected byte-order mark: line 1 column 1 (char 0)");
		}
		JsonNode node;
		try {
			node = mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw parseError(describe(ex));
		}
		if (node.isMissingNode()) {
			throw parseError("Input is a zero-length, empty document: line 1 column 1 (char 0)");
		}
		return node;
	}

	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static String describe(JacksonException ex) {
		String message = ex.getOriginalMessage() == null ? "invalid JSON" : ex.getOriginalMessage();
		message = message.lines().findFirst().orElse("invalid JSON");
		message = INTERNAL_REFERENCE.matcher(message).replaceAll(")");
		message = ECHOED_TOKEN.matcher(message).replaceAll("Unrecognized token");
		if (message.length() > 200) {
			message = message.substring(0, 200) + "...";
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
			message += ": line %d column %d (char %d)".formatted(location.getLineNr(), location.getColumnNr(),
					Math.max(offset, 0));
		}
		return message;
	}

	private ApiException parseError(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "JSON parse error - " + message);
	}

}

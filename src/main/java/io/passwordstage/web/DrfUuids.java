package io.passwordstage.web;

import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Django's reading of uuids, and DRF's primary-key fields to uuid-keyed models, with
 * their texts.
 */
public final class DrfUuids {

	private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

	private DrfUuids() {
	}

	/**
	 * A PrimaryKeyRelatedField to a uuid-keyed model (nullable), its form only:
	 * {@code null} for null or {@code ""}, the key as given, or Django's and DRF's texts
	 * for a malformed one. Whether the object exists is the database's rule.
	 */
	public static RelatedPk relatedPk(JsonNode node) {
		if (node.isNull() || (node.isString() && node.stringValue().isEmpty())) {
			return null;
		}
		if (node.isBoolean()) {
			throw new FieldInvalid("Incorrect type. Expected pk value, received bool.");
		}
		UUID id = node.isIntegralNumber() ? uuidOfInt(node.bigIntegerValue()) : uuidOfHex(node);
		if (id == null) {
			throw new FieldInvalid("\u201c" + PythonText.str(node) + "\u201d is not a valid UUID.");
		}
		return new RelatedPk(id, PythonText.str(node));
	}

	private static UUID uuidOfInt(BigInteger value) {
		if (value.signum() < 0 || value.bitLength() > 128) {
			return null;
		}
		return new UUID(value.shiftRight(64).longValue(), value.longValue());
	}

	private static UUID uuidOfHex(JsonNode node) {
		return node.isString() ? parseUuid(node.stringValue()) : null;
	}

	/**
	 * The uuid a detail route's path segment names; a malformed one is authentik's 404
	 * {@code Not found.}
	 */
	public static UUID pathUuid(String segment) {
		UUID uuid = segment.indexOf('.') >= 0 ? null : parseUuid(segment);
		if (uuid == null) {
			throw ApiException.notFound(ErrorTexts.NOT_FOUND);
		}
		return uuid;
	}

	/**
	 * Django's reading of a uuid string (hyphens, braces and a {@code urn:uuid:} prefix
	 * allowed), or null.
	 */
	public static UUID parseUuid(String text) {
		String hex = text.replace("urn:", "").replace("uuid:", "");
		int start = 0;
		int end = hex.length();
		while (start < end && (hex.charAt(start) == '{' || hex.charAt(start) == '}')) {
			start++;
		}
		while (end > start && (hex.charAt(end - 1) == '{' || hex.charAt(end - 1) == '}')) {
			end--;
		}
		hex = hex.substring(start, end).replace("-", "");
		if (!HEX32.matcher(hex).matches()) {
			return null;
		}
		return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
				Long.parseUnsignedLong(hex.substring(16), 16));
	}

}

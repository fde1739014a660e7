package io.passwordstage.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The DRF step before Bean Validation: a raw JSON value to the Java value a request
 * record holds, with Django REST framework's coercions (trimming, loose integers and
 * booleans, {@code str()} of choices) and the texts only this step can give (wrong types,
 * explicit nulls, texts that quote the raw value). Each method returns the value or
 * throws {@link FieldInvalid}.
 */
public final class DrfCoercion {

	private static final Set<String> TRUE_VALUES = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True",
			"TRUE", "on", "On", "ON", "1");

	private static final Set<String> FALSE_VALUES = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False",
			"FALSE", "off", "Off", "OFF", "0");

	private static final Pattern DECIMAL_TAIL = Pattern.compile("\\.0*\\s*$");

	private static final Pattern PY_INT = Pattern.compile("[+-]?[0-9](_?[0-9])*");

	private DrfCoercion() {
	}

	/**
	 * A CharField before its validators: the trimmed text ({@code ""} when blank), or a
	 * type error.
	 */
	public static String text(JsonNode node) {
		requireNonNull(node);
		if (!(node.isString() || node.isNumber())) {
			throw new FieldInvalid(ErrorTexts.NOT_A_STRING);
		}
		return PythonText.strip(PythonText.str(node));
	}

	/**
	 * A ChoiceField's key: Python's {@code str()} of the value, which its choices are
	 * compared with.
	 */
	public static String choice(JsonNode node) {
		requireNonNull(node);
		return PythonText.str(node);
	}

	/**
	 * A list of choices: each item's key, {@code null} for a null item (Bean Validation
	 * reports both).
	 */
	public static List<String> choices(JsonNode node) {
		List<String> keys = new ArrayList<>();
		for (JsonNode item : list(node)) {
			keys.add(item.isNull() ? null : PythonText.str(item));
		}
		return keys;
	}

	/**
	 * An IntegerField before its range validators: Python's {@code int()} of the value,
	 * clamped to a long (a clamped value still fails any 32-bit range rule with the same
	 * text).
	 */
	public static Long integer(JsonNode node) {
		requireNonNull(node);
		if (node.isString() && node.stringValue().length() > 1000) {
			throw new FieldInvalid(ErrorTexts.INTEGER_TOO_LONG);
		}
		String digits = node.isBoolean() ? "" : DECIMAL_TAIL.matcher(PythonText.str(node)).replaceFirst("");
		BigInteger value = pythonInt(digits);
		if (value == null) {
			throw new FieldInvalid(ErrorTexts.INTEGER_REQUIRED);
		}
		return value.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
	}

	/**
	 * Python's {@code int(text)} for decimal text (whitespace, sign and digit underscores
	 * allowed), or null.
	 */
	public static BigInteger pythonInt(String text) {
		String digits = PythonText.strip(text);
		return PY_INT.matcher(digits).matches() ? new BigInteger(digits.replace("_", "")) : null;
	}

	/**
	 * A BooleanField: JSON booleans, 1/0 and exactly DRF's true/false spellings (so
	 * {@code "tRuE"} is not one).
	 */
	public static boolean bool(JsonNode node) {
		requireNonNull(node);
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber() && (node.doubleValue() == 1 || node.doubleValue() == 0)) {
			return node.doubleValue() == 1;
		}
		if (node.isString()) {
			String value = node.stringValue();
			if (TRUE_VALUES.contains(value)) {
				return true;
			}
			if (FALSE_VALUES.contains(value)) {
				return false;
			}
		}
		throw new FieldInvalid(ErrorTexts.BOOLEAN);
	}

	/** DRF's BooleanField on a text: a form field or a query parameter. */
	public static boolean bool(String value) {
		if (TRUE_VALUES.contains(value)) {
			return true;
		}
		if (FALSE_VALUES.contains(value)) {
			return false;
		}
		throw new FieldInvalid(ErrorTexts.BOOLEAN);
	}

	/** A ListField's outer check: the items, or DRF's not-a-list text. */
	public static List<JsonNode> list(JsonNode node) {
		requireNonNull(node);
		if (!node.isArray()) {
			throw new FieldInvalid(notAList(node));
		}
		List<JsonNode> items = new ArrayList<>(node.size());
		node.forEach(items::add);
		return items;
	}

	public static String notAList(JsonNode node) {
		return "Expected a list of items but got type \"" + PythonText.type(node) + "\".";
	}

	public static String notAnObject(JsonNode node) {
		return "Invalid data. Expected a dictionary, but got " + PythonText.type(node) + ".";
	}

	static void requireNonNull(JsonNode node) {
		if (node.isNull()) {
			throw new FieldInvalid(ErrorTexts.NOT_NULL);
		}
	}

}

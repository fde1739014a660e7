package io.passwordstage.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Python's {@code str()}, {@code repr()}, type names and {@code strip()}, as DRF's
 * messages use them.
 */
final class PythonText {

	private PythonText() {
	}

	/** {@code str(value)} of the parsed JSON value. */
	static String str(JsonNode node) {
		return node.isString() ? node.stringValue() : repr(node);
	}

	static String repr(JsonNode node) {
		if (node.isString()) {
			return "'" + node.stringValue().replace("\\", "\\\\").replace("'", "\\'") + "'";
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? "True" : "False";
		}
		if (node.isNull()) {
			return "None";
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node.isNumber()) {
			return floatRepr(node.doubleValue());
		}
		StringBuilder out = new StringBuilder();
		if (node.isArray()) {
			out.append('[');
			Iterator<JsonNode> items = node.iterator();
			while (items.hasNext()) {
				out.append(repr(items.next())).append(items.hasNext() ? ", " : "");
			}
			return out.append(']').toString();
		}
		out.append('{');
		Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			out.append("'").append(field.getKey()).append("': ").append(repr(field.getValue()));
			out.append(fields.hasNext() ? ", " : "");
		}
		return out.append('}').toString();
	}

	/** Python's float repr: shortest digits, exponent form outside 1e-4 .. 1e16. */
	static String floatRepr(double value) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		if (value == 0) {
			return (1 / value < 0) ? "-0.0" : "0.0";
		}
		BigDecimal decimal = shortest(value);
		int exponent = decimal.precision() - decimal.scale() - 1;
		if (exponent >= -4 && exponent < 16) {
			String plain = decimal.toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
		String digits = decimal.unscaledValue().abs().toString();
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
				+ String.format("%02d", Math.abs(exponent));
	}

	/**
	 * The shortest decimal that reads back as {@code value}, the closest one when several
	 * are as short (Python's repr); Java 17's {@code Double.toString} is not always the
	 * shortest.
	 */
	private static BigDecimal shortest(double value) {
		BigDecimal exact = new BigDecimal(value);
		for (int digits = 1; digits < 17; digits++) {
			BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
			if (rounded.doubleValue() == value) {
				return rounded.stripTrailingZeros();
			}
		}
		return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
	}

	/** Python's type name of a parsed JSON value. */
	static String type(JsonNode node) {
		if (node.isString()) {
			return "str";
		}
		if (node.isObject()) {
			return "dict";
		}
		if (node.isArray()) {
			return "list";
		}
		if (node.isBoolean()) {
			return "bool";
		}
		if (node.isNull()) {
			return "NoneType";
		}
		return node.isIntegralNumber() ? "int" : "float";
	}

	/** {@code str.strip()}: removes Python's whitespace at both ends. */
	static String strip(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && isSpace(value.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
	}

	/** The code point of the first unpaired surrogate, or -1. */
	static int loneSurrogate(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return c;
			}
		}
		return -1;
	}

}

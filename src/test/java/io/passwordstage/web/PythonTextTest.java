package io.passwordstage.web;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Python's {@code str()}, {@code repr()}, type names and {@code strip()} as CPython 3
 * prints them, for values parsed from JSON.
 */
class PythonTextTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	@ParameterizedTest(name = "repr({0}) = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "\"x\"|'x'", "\"\"|''", "\"a\\\\b\"|'a\\\\b'",
			"\"\\u00e9\\u2603\"|'\u00e9\u2603'", "true|True", "false|False", "null|None", "5|5", "-17|-17", "-0|0",
			"12345678901234567890123|12345678901234567890123", "5.5|5.5", "1e400|inf", "-1e400|-inf", "[]|[]", "{}|{}",
			"[\"x\"]|['x']", "[1, \"x\", null, true, 1.5]|[1, 'x', None, True, 1.5]", "[[1, [2, [3]]]]|[[1, [2, [3]]]]",
			"{\"a\": 1}|{'a': 1}", "{\"a\": {\"b\": []}, \"c\": \"d\"}|{'a': {'b': []}, 'c': 'd'}" })
	void repr(String value, String expected) {
		assertThat(PythonText.repr(json(value))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "str({0}) = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "\"x\"|x", "\"\"|``", "\" padded \"|` padded `", "\"it's\"|it's", "true|True", "null|None", "5|5",
					"2.50|2.5", "1e2|100.0", "[\"x\"]|['x']", "{\"a\": 1}|{'a': 1}", "{}|{}" })
	void str(String value, String expected) {
		assertThat(PythonText.str(json(value))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "repr({0}) = {1}")
	@CsvSource({ "1e16, 1e+16", "-1e16, -1e+16", "1e15, 1000000000000000.0", "9999999999999998.0, 9999999999999998.0",
			"12345678901234567.0, 1.2345678901234568e+16", "123456789012345678.0, 1.2345678901234568e+17",
			"1.2345e20, 1.2345e+20", "1e22, 1e+22", "1e23, 1e+23", "8.41e21, 8.41e+21", "5e-324, 5e-324",
			"2e-323, 2e-323", "1.7976931348623157e308, 1.7976931348623157e+308", "0.0001, 0.0001", "1e-4, 0.0001",
			"0.00012345, 0.00012345", "0.00001, 1e-05", "1e-05, 1e-05", "1.5e-7, 1.5e-07", "-2.5e-10, -2.5e-10",
			"0.0, 0.0", "-0.0, -0.0", "0.1, 0.1", "5.5, 5.5", "2.50, 2.5", "1e2, 100.0", "100.0, 100.0",
			"2147483648.0, 2147483648.0", "3.141592653589793, 3.141592653589793", "NaN, nan", "Infinity, inf",
			"-Infinity, -inf" })
	void floatRepr(double value, String expected) {
		assertThat(PythonText.floatRepr(value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "type({0}) = {1}")
	@CsvSource(delimiter = '|',
			value = { "\"x\"|str", "\"\"|str", "{}|dict", "{\"a\": 1}|dict", "[]|list", "[1]|list", "true|bool",
					"false|bool", "null|NoneType", "0|int", "-5|int", "12345678901234567890123|int", "5.5|float",
					"1e2|float", "1.0|float" })
	void type(String value, String expected) {
		assertThat(PythonText.type(json(value))).isEqualTo(expected);
	}

	static Stream<Arguments> strip() {
		return Stream.of(arguments("nothing to strip", "x", "x"), arguments("empty", "", ""),
				arguments("ASCII spaces", "  x  ", "x"), arguments("tabs and newlines", "\t\nx\r ", "x"),
				arguments("vertical tab and form feed", "\u000b\fx\u000b\f", "x"),
				arguments("file, group, record and unit separators", "\u001c\u001d\u001e\u001fx", "x"),
				arguments("next line U+0085", "\u0085x\u0085", "x"),
				arguments("no-break space U+00A0", "\u00a0x\u00a0", "x"),
				arguments("ideographic space U+3000", "\u3000x\u3000", "x"),
				arguments("en quad and em space", "\u2000\u2003x", "x"),
				arguments("line and paragraph separators", "\u2028x\u2029", "x"),
				arguments("narrow no-break and medium mathematical spaces", "\u202fx\u205f", "x"),
				arguments("inner whitespace kept", " a \u00a0 b ", "a \u00a0 b"),
				arguments("whitespace only", "\u00a0\u3000 \t\u0085", ""),
				arguments("zero-width space is no whitespace", "\u200bx", "\u200bx"),
				arguments("byte-order mark is no whitespace", "\ufeffx", "\ufeffx"),
				arguments("NUL is no whitespace", "\u0000x", "\u0000x"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void strip(String description, String value, String expected) {
		assertThat(PythonText.strip(value)).isEqualTo(expected);
	}

	static Stream<Arguments> loneSurrogate() {
		return Stream.of(arguments("empty", "", -1), arguments("ASCII", "cnv", -1),
				arguments("paired surrogates", "\ud83d\ude00", -1), arguments("lone high", "cnv-\ud800", 0xD800),
				arguments("lone low", "\udfff-cnv", 0xDFFF), arguments("high at the end", "cnv\u0000\ud83d", 0xD83D),
				arguments("reversed pair", "\ude00\ud83d", 0xDE00),
				arguments("first of two lone ones", "a\udc00b\ud800", 0xDC00),
				arguments("after a pair", "\ud83d\ude00\ud800", 0xD800));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void loneSurrogate(String description, String value, int expected) {
		assertThat(PythonText.loneSurrogate(value)).isEqualTo(expected);
	}

}

package io.passwordstage.web;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.passwordstage.stage.Backend;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * DRF's field coercions and their exact message texts, one parameterised test per
 * function: each case is a JSON value (or text) and either the parsed value or the one
 * message of the {@link FieldInvalid} thrown.
 */
class DrfCoercionTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KNOWN = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

	private static final String KNOWN_BY_INT = "00000000-0000-0000-0000-000000000005";

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	/**
	 * A text, a 32-bit integer and a backend choice, with the constraints the request
	 * records use.
	 */
	record Sample(@NonEmpty @NoNullCharacters @NoSurrogates String text, @Min(value = Integer.MIN_VALUE,
			message = ErrorTexts.MIN_VALUE) @Max(value = Integer.MAX_VALUE, message = ErrorTexts.MAX_VALUE) Long number,
			@OneOf(Backend.class) String choice) {
	}

	/**
	 * The errors of the DRF step and the constraints for a body with one field of
	 * {@link Sample}.
	 */
	private static Map<String, Object> errors(String key, JsonNode value) {
		ObjectFields fields = new ObjectFields(JSON.createObjectNode().set(key, value));
		Sample sample = new Sample(fields.read("text", DrfCoercion::text), fields.read("number", DrfCoercion::integer),
				fields.read("choice", DrfCoercion::choice));
		Map<String, Object> body = FieldErrors.of(sample, fields.sent().errors(), VALIDATOR).body();
		if (body.isEmpty()) {
			return Map.of("value", String.valueOf(key.equals("number") ? sample.number() : sample.choice()));
		}
		return body;
	}

	/** The field's parsed value, or its single message. */
	private static String rules(String key, String json) {
		Map<String, Object> errors = errors(key, json(json));
		if (errors.containsKey("value")) {
			return (String) errors.get("value");
		}
		assertThat(errors.get(key)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
		return (String) ((List<?>) errors.get(key)).get(0);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	/** The parsed value as text, or the single message of the {@link FieldInvalid}. */
	private static String outcome(Supplier<?> parse) {
		try {
			return String.valueOf(parse.get());
		}
		catch (FieldInvalid ex) {
			assertThat(ex.detail()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
			return (String) ((List<?>) ex.detail()).get(0);
		}
	}

	@ParameterizedTest(name = "int({0}) = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "7|7", "0|0", "-0|0", "007|7", "+15|15", "-4|-4", "`  12  `|12", "`\t7\n`|7", "`\u00a07\u3000`|7",
					"1_000_000|1000000", "1_0|10", "2147483648|2147483648",
					"123456789012345678901234567890|123456789012345678901234567890", "``|", "` `|", "+|", "-|", "1__0|",
					"_1|", "1_|", "+_1|", "- 1|", "1 2|", "1.5|", "14.|", "1e3|", "0x10|", "abc|", "`1\u00000`|" })
	void pythonInt(String text, String expected) {
		assertThat(DrfCoercion.pythonInt(text)).isEqualTo(expected == null ? null : new BigInteger(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "canonical|" + KNOWN + "|" + KNOWN,
			"upper case|3F2504E0-4F89-11D3-9A0C-0305E82C3301|" + KNOWN,
			"no hyphens|3f2504e04f8911d39a0c0305e82c3301|" + KNOWN,
			"hyphens anywhere|3f2504e0-4f8911d39a0c03-05e82c3301|" + KNOWN, "braces|{" + KNOWN + "}|" + KNOWN,
			"doubled braces|{{" + KNOWN + "}}|" + KNOWN, "one brace|{" + KNOWN + "|" + KNOWN,
			"urn prefix|urn:uuid:" + KNOWN + "|" + KNOWN, "uuid prefix|uuid:" + KNOWN + "|" + KNOWN,
			"urn and braces|urn:uuid:{" + KNOWN + "}|" + KNOWN, "empty|''|", "blank|' '|", "padded|' " + KNOWN + " '|",
			"words|not-a-uuid|", "digits|12345|", "one hex digit short|3f2504e0-4f89-11d3-9a0c-0305e82c330|",
			"one hex digit more|3f2504e0-4f89-11d3-9a0c-0305e82c33011|",
			"non-hex digit|3f2504e0-4f89-11d3-9a0c-0305e82c330g|", "upper-case urn prefix|URN:UUID:" + KNOWN + "|" })
	void parseUuid(String description, String text, String expected) {
		assertThat(DrfUuids.parseUuid(text)).isEqualTo(expected == null ? null : UUID.fromString(expected));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "true|true", "false|false", "1|true", "0|false",
			"1.0|true", "0.0|false", "\"1\"|true", "\"0\"|false", "\"t\"|true", "\"T\"|true", "\"y\"|true",
			"\"Y\"|true", "\"yes\"|true", "\"Yes\"|true", "\"YES\"|true", "\"true\"|true", "\"True\"|true",
			"\"TRUE\"|true", "\"on\"|true", "\"On\"|true", "\"ON\"|true", "\"f\"|false", "\"F\"|false", "\"n\"|false",
			"\"N\"|false", "\"no\"|false", "\"No\"|false", "\"NO\"|false", "\"false\"|false", "\"False\"|false",
			"\"FALSE\"|false", "\"off\"|false", "\"Off\"|false", "\"OFF\"|false", "null|This field may not be null.",
			"\"maybe\"|Must be a valid boolean.", "\"\"|Must be a valid boolean.", "2|Must be a valid boolean.",
			"-1|Must be a valid boolean.", "0.5|Must be a valid boolean.", "\"2\"|Must be a valid boolean.",
			"\"yes \"|Must be a valid boolean.", "\" 1\"|Must be a valid boolean.", "\"null\"|Must be a valid boolean.",
			"\"1.0\"|Must be a valid boolean.", "\"tRuE\"|Must be a valid boolean.", "\"yEs\"|Must be a valid boolean.",
			"\"oFF\"|Must be a valid boolean.", "[]|Must be a valid boolean.", "[true]|Must be a valid boolean.",
			"{}|Must be a valid boolean." })
	void bool(String value, String expected) {
		assertThat(outcome(() -> DrfCoercion.bool(json(value)))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "\"cnv\"|cnv", "\"  cnv-trimmed  \"|cnv-trimmed",
					"\"\\t\\ncnv-trimmed-controls\\r \"|cnv-trimmed-controls",
					"\"\\u00a0cnv-trimmed-nbsp\\u3000\"|cnv-trimmed-nbsp", "\"\\u0085cnv-next-line\"|cnv-next-line",
					"\"cnv inner  spaces\"|cnv inner  spaces", "\"cnv-nul\\u0000inside\"|`cnv-nul\u0000inside`",
					"\"cnv-Ünïcödé ☃ \\u00e9\"|cnv-Ünïcödé ☃ é", "5|5", "-17|-17", "0|0", "5.5|5.5", "2.50|2.5",
					"1e2|100.0", "12345678901234567890123|12345678901234567890123", "null|This field may not be null.",
					"\"\"|", "\"  \\t\\n\\r \"|", "\"\\u00a0\\u3000\"|", "true|Not a valid string.",
					"false|Not a valid string.", "[\"cnv-in-a-list\"]|Not a valid string.", "[]|Not a valid string.",
					"{\"value\": \"cnv-in-an-object\"}|Not a valid string.", "{}|Not a valid string." })
	void text(String value, String expected) {
		assertThat(outcome(() -> DrfCoercion.text(json(value)))).isEqualTo(expected == null ? "" : expected);
	}

	static Stream<Arguments> characterProblems() {
		String nul = "Null characters are not allowed.";
		return Stream.of(arguments("plain", "cnv", List.of()),
				arguments("empty", "", List.of("This field may not be blank.")),
				arguments("paired surrogates", "cnv-\ud83d\ude00", List.of()),
				arguments("NUL inside", "cnv-nul\u0000inside", List.of(nul)),
				arguments("NUL only", "\u0000", List.of(nul)), arguments("two NULs", "\u0000\u0000", List.of(nul)),
				arguments("lone high surrogate", "cnv-\ud800",
						List.of("Surrogate characters are not allowed: U+D800.")),
				arguments("lone low surrogate", "\udfff-cnv", List.of("Surrogate characters are not allowed: U+DFFF.")),
				arguments("two lone surrogates, the first named", "\udc00\ud800",
						List.of("Surrogate characters are not allowed: U+DC00.")),
				arguments("NUL and surrogate", "cnv\u0000\ud83d",
						List.of(nul, "Surrogate characters are not allowed: U+D83D.")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void characterProblems(String description, String value, List<String> expected) {
		Object detail = errors("text", JSON.getNodeFactory().stringNode(value)).get("text");
		assertThat(detail == null ? List.of() : detail).isEqualTo(expected);
	}

	static Stream<Arguments> int32() {
		String invalid = "A valid integer is required.";
		String tooLarge = "Ensure this value is less than or equal to 2147483647.";
		return Stream.of(arguments("integer", "7", "7"), arguments("numeric string", "\"7\"", "7"),
				arguments("integral float", "7.0", "7"), arguments("integral float with zeros", "8.00", "8"),
				arguments("padded string", "\" 12 \"", "12"), arguments("string with decimal zero", "\"13.0\"", "13"),
				arguments("string with decimal zero and a space", "\"13.0 \"", "13"),
				arguments("string with trailing point", "\"14.\"", "14"), arguments("exponent number", "1e3", "1000"),
				arguments("plus sign", "\"+15\"", "15"), arguments("underscore digits", "\"1_000_000\"", "1000000"),
				arguments("negative", "-3", "-3"), arguments("negative string", "\"-4\"", "-4"),
				arguments("zero", "0", "0"), arguments("maximum", "2147483647", "2147483647"),
				arguments("minimum", "-2147483648", "-2147483648"), arguments("fraction", "1.5", invalid),
				arguments("fraction string", "\"1.5\"", invalid), arguments("letters", "\"abc\"", invalid),
				arguments("empty string", "\"\"", invalid), arguments("exponent string", "\"1e3\"", invalid),
				arguments("hex string", "\"0x10\"", invalid), arguments("true", "true", invalid),
				arguments("false", "false", invalid), arguments("list", "[1]", invalid),
				arguments("object", "{}", invalid), arguments("null", "null", "This field may not be null."),
				arguments("one above the maximum", "2147483648", tooLarge),
				arguments("above the maximum as string", "\"2147483648\"", tooLarge),
				arguments("above the maximum as float", "2147483648.0", tooLarge),
				arguments("one below the minimum", "-2147483649",
						"Ensure this value is greater than or equal to -2147483648."),
				arguments("1000 digits", "\"" + "1".repeat(1000) + "\"", tooLarge),
				arguments("1001 characters", "\"" + "1".repeat(1001) + "\"", "String value too large."),
				arguments("1001 letters", "\"" + "x".repeat(1001) + "\"", "String value too large."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void int32(String description, String value, String expected) {
		assertThat(rules("number", value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "null|null|null", "empty string|\"\"|null",
			"known|\"" + KNOWN + "\"|" + KNOWN, "known in upper case|\"3F2504E0-4F89-11D3-9A0C-0305E82C3301\"|" + KNOWN,
			"known without hyphens|\"3f2504e04f8911d39a0c0305e82c3301\"|" + KNOWN,
			"known in braces|\"{" + KNOWN + "}\"|" + KNOWN, "known urn|\"urn:uuid:" + KNOWN + "\"|" + KNOWN,
			"integer of a known uuid|5|" + KNOWN_BY_INT, "true|true|Incorrect type. Expected pk value, received bool.",
			"false|false|Incorrect type. Expected pk value, received bool.",
			"malformed string|\"not-a-uuid\"|“not-a-uuid” is not a valid UUID.",
			"digits string|\"12345\"|“12345” is not a valid UUID.",
			"one hex digit short|\"3f2504e0-4f89-11d3-9a0c-0305e82c330\"|“3f2504e0-4f89-11d3-9a0c-0305e82c330” is not a valid UUID.",
			"non-hex digit|\"3f2504e0-4f89-11d3-9a0c-0305e82c330g\"|“3f2504e0-4f89-11d3-9a0c-0305e82c330g” is not a valid UUID.",
			"whitespace|\" \"|“ ” is not a valid UUID.", "negative integer|-1|“-1” is not a valid UUID.",
			"integer of 129 bits|340282366920938463463374607431768211456|“340282366920938463463374607431768211456” is not a valid UUID.",
			"float|5.5|“5.5” is not a valid UUID.", "integral float|1e2|“100.0” is not a valid UUID.",
			"list|[\"x\"]|“['x']” is not a valid UUID.", "object|{}|“{}” is not a valid UUID.",
			"well-formed unknown|\"00000000-0000-0000-0000-0000000000aa\"|Invalid pk \"00000000-0000-0000-0000-0000000000aa\" - object does not exist.",
			"upper-case unknown|\"ABCDEF00-0000-0000-0000-0000000000AA\"|Invalid pk \"ABCDEF00-0000-0000-0000-0000000000AA\" - object does not exist.",
			"integer|7|Invalid pk \"7\" - object does not exist.", "zero|0|Invalid pk \"0\" - object does not exist.",
			"integer of 128 bits|340282366920938463463374607431768211455|Invalid pk \"340282366920938463463374607431768211455\" - object does not exist." })
	void relatedUuid(String description, String value, String expected) {
		Set<UUID> existing = Set.of(UUID.fromString(KNOWN), UUID.fromString(KNOWN_BY_INT));

		assertThat(outcome(() -> related(json(value), existing))).isEqualTo(expected);
	}

	/** The pk's form (the DRF step), then its existence (the database's rule). */
	private static UUID related(JsonNode node, Set<UUID> existing) {
		RelatedPk pk = DrfUuids.relatedPk(node);
		if (pk != null && !existing.contains(pk.id())) {
			throw new FieldInvalid(pk.doesNotExist());
		}
		return pk == null ? null : pk.id();
	}

	static Stream<Arguments> choice() {
		String inbuilt = Backend.INBUILT.value();
		String ldap = Backend.LDAP.value();
		return Stream.of(arguments("\"" + inbuilt + "\"", inbuilt), arguments("\"" + ldap + "\"", ldap),
				arguments("null", "This field may not be null."),
				arguments("\"foo\"", "\"foo\" is not a valid choice."), arguments("3", "\"3\" is not a valid choice."),
				arguments("\"\"", "\"\" is not a valid choice."), arguments("true", "\"True\" is not a valid choice."),
				arguments("1.5", "\"1.5\" is not a valid choice."),
				arguments("[\"x\"]", "\"['x']\" is not a valid choice."),
				arguments("{\"a\": 1}", "\"{'a': 1}\" is not a valid choice."),
				arguments("\"" + inbuilt.toLowerCase(Locale.ROOT) + "\"",
						"\"" + inbuilt.toLowerCase(Locale.ROOT) + "\" is not a valid choice."),
				arguments("\" " + inbuilt + "\"", "\" " + inbuilt + "\" is not a valid choice."),
				arguments("\"User database + standard password\"",
						"\"User database + standard password\" is not a valid choice."));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource
	void choice(String value, String expected) {
		assertThat(rules("choice", value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "[]|[]", "[1, \"x\", null]|[1, \"x\", null]",
			"null|This field may not be null.", "\"x\"|Expected a list of items but got type \"str\".",
			"\"\"|Expected a list of items but got type \"str\".", "{}|Expected a list of items but got type \"dict\".",
			"5|Expected a list of items but got type \"int\".", "5.5|Expected a list of items but got type \"float\".",
			"true|Expected a list of items but got type \"bool\"." })
	void list(String value, String expected) {
		assertThat(outcome(() -> DrfCoercion.list(json(value)))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "\"x\"|Expected a list of items but got type \"str\".",
			"{\"0\": 1}|Expected a list of items but got type \"dict\".",
			"5|Expected a list of items but got type \"int\".", "5.5|Expected a list of items but got type \"float\".",
			"false|Expected a list of items but got type \"bool\".",
			"null|Expected a list of items but got type \"NoneType\"." })
	void notAList(String value, String expected) {
		assertThat(DrfCoercion.notAList(json(value))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "[]|Invalid data. Expected a dictionary, but got list.",
					"\"x\"|Invalid data. Expected a dictionary, but got str.",
					"5|Invalid data. Expected a dictionary, but got int.",
					"5.5|Invalid data. Expected a dictionary, but got float.",
					"true|Invalid data. Expected a dictionary, but got bool.",
					"null|Invalid data. Expected a dictionary, but got NoneType." })
	void notAnObject(String value, String expected) {
		assertThat(DrfCoercion.notAnObject(json(value))).isEqualTo(expected);
	}

}

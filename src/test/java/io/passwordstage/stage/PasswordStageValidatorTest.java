package io.passwordstage.stage;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.support.StageBody;
import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static io.passwordstage.stage.Backend.INBUILT;
import static io.passwordstage.stage.Backend.LDAP;
import static io.passwordstage.stage.Backend.TOKEN;
import static io.passwordstage.support.StageBody.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule of a create body with authentik's exact 400 body, checked on
 * {@link PasswordStageValidator} alone: no Spring context, no database. A case is a
 * create body (JSON text, parsed as the API parses it) and the error body as the API
 * renders it, Jackson writing the errors in their insertion order. The create service
 * answers with the validation that asks the database; here {@link #DATABASE} answers from
 * in-memory sets. The {@code Create*Test} classes send a few of these cases over HTTP.
 */
class PasswordStageValidatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Validator BEAN_VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final PasswordStageValidator VALIDATOR = new PasswordStageValidator(BEAN_VALIDATOR,
			new FlowSetValidator(BEAN_VALIDATOR, io.passwordstage.config.ApiSchema.V2025_8));

	private static final String NOT_AN_INTEGER = "{\"failed_attempts_before_cancel\":[\"A valid integer is required.\"]}";

	private static final String NOT_A_BOOLEAN = "{\"allow_show_password\":[\"Must be a valid boolean.\"]}";

	private static final String SLUG_PATTERN = "Enter a valid \\\"slug\\\" consisting of letters, numbers, underscores or hyphens.";

	private static final String SLUG_TAKEN = "{\"slug\":[\"Flow with this slug already exists.\"]}";

	/** Names of stages that exist. */
	private static final Set<String> TAKEN_NAMES = Set.of("cnv-duplicate", "cnv-duplicate-trimmed", "31337");

	/** Slugs of flows that exist. */
	private static final Set<String> TAKEN_SLUGS = Set.of("cfs-existing");

	/**
	 * The database of a create: the stages of {@link #TAKEN_NAMES}, the flows of
	 * {@link #TAKEN_SLUGS}, no flow a configure flow could point at, and no stage whose
	 * flows a slug could name.
	 */
	private static final StageLookups DATABASE = new StageLookups() {
		@Override
		public boolean nameTaken(String name) {
			return TAKEN_NAMES.contains(name);
		}

		@Override
		public boolean flowExists(UUID id) {
			return false;
		}

		@Override
		public boolean slugTaken(String slug) {
			return TAKEN_SLUGS.contains(slug);
		}
	};

	/** The error body a create answers for the body, as JSON text. */
	private static String errorBody(String body) {
		ValidationFailedException failure = assertThrows(ValidationFailedException.class,
				() -> VALIDATOR.validate(input(body), false, DATABASE), body);
		return JSON.writeValueAsString(failure.errors());
	}

	@Test
	void acceptsTheSmallestValidBody() {
		PasswordStageRequest request = input(StageBody.stage("psv-valid").json());
		VALIDATOR.validate(request, false, DATABASE);

		assertThat(request.name()).isEqualTo("psv-valid");
		assertThat(request.backends()).containsExactly(INBUILT.value());
	}

	// A body that is no JSON object, and the JSON null, which DRF reads as no data.

	private static String valid(String name) {
		return StageBody.stage(name).json();
	}

	static Stream<Arguments> notAnObject() {
		return Stream.of(arguments("[]", "list"), arguments("[" + valid("crq-in-a-list") + "]", "list"),
				arguments("\"crq-a-string\"", "str"), arguments("5", "int"), arguments("5.5", "float"),
				arguments("true", "bool"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notAnObject")
	void rejectsABodyThatIsNoObject(String body, String type) {
		assertThat(errorBody(body))
			.isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got " + type + ".\"]}");
	}

	@Test
	void rejectsJsonNullAsNoData() {
		assertThat(errorBody("null")).isEqualTo("{\"non_field_errors\":[\"No data provided\"]}");
	}

	// The required fields and every rule on name.

	/** A valid body with {@code name} as the JSON text given. */
	private static String nameBody(String name) {
		return StageBody.body().raw("name", name).backends(Backend.INBUILT).json();
	}

	static Stream<Arguments> names() {
		return Stream.of(arguments("empty object", "{}", """
				{"name":["This field is required."],"backends":["This field is required."]}"""),
				arguments("name missing", StageBody.body().backends(Backend.INBUILT).json(), """
						{"name":["This field is required."]}"""),
				arguments("backends missing", StageBody.body().name("cnv-no-backends").json(), """
						{"backends":["This field is required."]}"""), arguments("null name", nameBody("null"), """
						{"name":["This field may not be null."]}"""), arguments("empty name", nameBody("\"\""), """
						{"name":["This field may not be blank."]}"""),
				arguments("whitespace-only name", nameBody("\"  \\t\\n\\r \""), """
						{"name":["This field may not be blank."]}"""),
				arguments("non-breaking and ideographic spaces only", nameBody("\"\\u00a0\\u3000\""), """
						{"name":["This field may not be blank."]}"""), arguments("boolean true", nameBody("true"), """
						{"name":["Not a valid string."]}"""), arguments("boolean false", nameBody("false"), """
						{"name":["Not a valid string."]}"""), arguments("list", nameBody("[\"cnv-in-a-list\"]"), """
						{"name":["Not a valid string."]}"""), arguments("empty list", nameBody("[]"), """
						{"name":["Not a valid string."]}"""),
				arguments("object", nameBody("{\"value\": \"cnv-in-an-object\"}"), """
						{"name":["Not a valid string."]}"""), arguments("empty object as name", nameBody("{}"), """
						{"name":["Not a valid string."]}"""),
				arguments("NUL inside", nameBody("\"cnv-nul\\u0000inside\""), """
						{"name":["Null characters are not allowed."]}"""),
				arguments("NUL only", nameBody("\"\\u0000\""), """
						{"name":["Null characters are not allowed."]}"""),
				arguments("lone high surrogate", nameBody("\"cnv-\\ud800\""), """
						{"name":["Surrogate characters are not allowed: U+D800."]}"""),
				arguments("lone low surrogate", nameBody("\"\\udfff-cnv\""), """
						{"name":["Surrogate characters are not allowed: U+DFFF."]}"""),
				arguments("NUL and surrogate", nameBody("\"cnv\\u0000\\ud83d\""),
						"""
								{"name":["Null characters are not allowed.","Surrogate characters are not allowed: U+D83D."]}"""),
				arguments("513 characters", nameBody("\"" + "n".repeat(513) + "\""), """
						{"name":["Ensure this field has no more than 512 characters."]}"""),
				arguments("513 characters after trimming", nameBody("\" " + "m".repeat(513) + " \""), """
						{"name":["Ensure this field has no more than 512 characters."]}"""),
				arguments("513 four-byte characters", nameBody("\"" + "\uD83D\uDE00".repeat(513) + "\""), """
						{"name":["Ensure this field has no more than 512 characters."]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void rejectsName(String description, String body, String expected) {
		assertThat(errorBody(body)).isEqualTo(expected);
	}

	/**
	 * A name another stage has, compared after trimming, and a number compared as the
	 * string it is stored as.
	 */
	static Stream<Arguments> takenNames() {
		return Stream.of(arguments("the same name", nameBody("\"cnv-duplicate\"")),
				arguments("the same name after trimming", nameBody("\"  cnv-duplicate-trimmed \"")),
				arguments("a number whose string is taken", nameBody("31337")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("takenNames")
	void rejectsATakenName(String description, String body) {
		assertThat(errorBody(body)).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
	}

	// backends: a non-empty list of the four backend choices.

	static Stream<Arguments> backends() {
		return Stream.of(arguments("null", "null", """
				{"backends":["This field may not be null."]}"""), arguments("string", "\"" + INBUILT.value() + "\"", """
				{"backends":["Expected a list of items but got type \\"str\\"."]}"""),
				arguments("empty string", "\"\"", """
						{"backends":["Expected a list of items but got type \\"str\\"."]}"""),
				arguments("object", "{\"0\": \"" + INBUILT.value() + "\"}", """
						{"backends":["Expected a list of items but got type \\"dict\\"."]}"""),
				arguments("integer", "5", """
						{"backends":["Expected a list of items but got type \\"int\\"."]}"""),
				arguments("float", "5.5", """
						{"backends":["Expected a list of items but got type \\"float\\"."]}"""),
				arguments("boolean", "true", """
						{"backends":["Expected a list of items but got type \\"bool\\"."]}"""),
				arguments("empty list", "[]", """
						{"backends":["This list may not be empty."]}"""),
				arguments("second item unknown", "[\"" + INBUILT.value() + "\", \"foo\"]", """
						{"backends":{"1":["\\"foo\\" is not a valid choice."]}}"""),
				arguments("several items wrong", "[\"foo\", \"" + TOKEN.value() + "\", 3]",
						"""
								{"backends":{"0":["\\"foo\\" is not a valid choice."],"2":["\\"3\\" is not a valid choice."]}}"""),
				arguments("null item", "[null]", """
						{"backends":{"0":["This field may not be null."]}}"""),
				arguments("null after a valid item", "[\"" + LDAP.value() + "\", null]", """
						{"backends":{"1":["This field may not be null."]}}"""),
				arguments("empty string item", "[\"\"]", """
						{"backends":{"0":["\\"\\" is not a valid choice."]}}"""),
				arguments("boolean item", "[true]", """
						{"backends":{"0":["\\"True\\" is not a valid choice."]}}"""),
				arguments("float item", "[1.5]", """
						{"backends":{"0":["\\"1.5\\" is not a valid choice."]}}"""),
				arguments("list item", "[[\"x\"]]", """
						{"backends":{"0":["\\"['x']\\" is not a valid choice."]}}"""),
				arguments("object item", "[{\"a\": 1}]", """
						{"backends":{"0":["\\"{'a': 1}\\" is not a valid choice."]}}"""),
				arguments("wrong case", "[\"authentik.core.auth.inbuiltbackend\"]", """
						{"backends":{"0":["\\"authentik.core.auth.inbuiltbackend\\" is not a valid choice."]}}"""),
				arguments("not trimmed", "[\" " + INBUILT.value() + "\"]", """
						{"backends":{"0":["\\" authentik.core.auth.InbuiltBackend\\" is not a valid choice."]}}"""),
				arguments("display label instead of value", "[\"User database + standard password\"]", """
						{"backends":{"0":["\\"User database + standard password\\" is not a valid choice."]}}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("backends")
	void rejectsBackends(String description, String backends, String expected) {
		assertThat(errorBody(StageBody.body().name("cbk-rejected-" + description).raw("backends", backends).json()))
			.isEqualTo(expected);
	}

	// failed_attempts_before_cancel: a 32-bit integer with DRF's coercions.

	static Stream<Arguments> failedAttempts() {
		return Stream.of(arguments("fraction", "1.5", NOT_AN_INTEGER),
				arguments("fraction string", "\"1.5\"", NOT_AN_INTEGER),
				arguments("letters", "\"abc\"", NOT_AN_INTEGER), arguments("empty string", "\"\"", NOT_AN_INTEGER),
				arguments("exponent string", "\"1e3\"", NOT_AN_INTEGER),
				arguments("hex string", "\"0x10\"", NOT_AN_INTEGER), arguments("true", "true", NOT_AN_INTEGER),
				arguments("false", "false", NOT_AN_INTEGER), arguments("list", "[1]", NOT_AN_INTEGER),
				arguments("object", "{}", NOT_AN_INTEGER), arguments("null", "null", """
						{"failed_attempts_before_cancel":["This field may not be null."]}"""),
				arguments("one above the maximum", "2147483648",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("above the maximum as string", "\"2147483648\"",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("above the maximum as float", "2147483648.0",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("one below the minimum", "-2147483649",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is greater than or equal to -2147483648."]}"""),
				arguments("1000 digits", "\"" + "1".repeat(1000) + "\"",
						"""
								{"failed_attempts_before_cancel":["Ensure this value is less than or equal to 2147483647."]}"""),
				arguments("1001 characters", "\"" + "1".repeat(1001) + "\"", """
						{"failed_attempts_before_cancel":["String value too large."]}"""),
				arguments("1001 letters", "\"" + "x".repeat(1001) + "\"", """
						{"failed_attempts_before_cancel":["String value too large."]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failedAttempts")
	void rejectsFailedAttempts(String description, String value, String expected) {
		assertThat(errorBody(
				StageBody.stage("cfa-rejected-" + description).raw("failed_attempts_before_cancel", value).json()))
			.isEqualTo(expected);
	}

	// allow_show_password: DRF's boolean spellings and nothing else.

	static Stream<Arguments> allowShowPassword() {
		return Stream.of(arguments("\"maybe\"", NOT_A_BOOLEAN), arguments("\"\"", NOT_A_BOOLEAN),
				arguments("2", NOT_A_BOOLEAN), arguments("-1", NOT_A_BOOLEAN), arguments("0.5", NOT_A_BOOLEAN),
				arguments("\"2\"", NOT_A_BOOLEAN), arguments("\"yes \"", NOT_A_BOOLEAN),
				arguments("\"null\"", NOT_A_BOOLEAN), arguments("[]", NOT_A_BOOLEAN),
				arguments("[true]", NOT_A_BOOLEAN), arguments("{}", NOT_A_BOOLEAN),
				arguments("null", "{\"allow_show_password\":[\"This field may not be null.\"]}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allowShowPassword")
	void rejectsAllowShowPassword(String value, String expected) {
		assertThat(errorBody(
				StageBody.stage("csp-rejected-" + value.replace("\"", "'")).raw("allow_show_password", value).json()))
			.isEqualTo(expected);
	}

	// configure_flow: a nullable primary key of an existing flow (no flow exists in
	// DATABASE).

	static Stream<Arguments> configureFlows() {
		UUID unknown = UUID.randomUUID();
		String upper = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
		return Stream.of(arguments("malformed string", "\"not-a-uuid\"", """
				{"configure_flow":["“not-a-uuid” is not a valid UUID."]}"""),
				arguments("digits string", "\"12345\"", """
						{"configure_flow":["“12345” is not a valid UUID."]}"""),
				arguments("one hex digit short", "\"3f2504e0-4f89-11d3-9a0c-0305e82c330\"", """
						{"configure_flow":["“3f2504e0-4f89-11d3-9a0c-0305e82c330” is not a valid UUID."]}"""),
				arguments("non-hex digit", "\"3f2504e0-4f89-11d3-9a0c-0305e82c330g\"", """
						{"configure_flow":["“3f2504e0-4f89-11d3-9a0c-0305e82c330g” is not a valid UUID."]}"""),
				arguments("whitespace", "\" \"", """
						{"configure_flow":["“ ” is not a valid UUID."]}"""),
				arguments("well-formed unknown", "\"" + unknown + "\"",
						"{\"configure_flow\":[\"Invalid pk \\\"" + unknown + "\\\" - object does not exist.\"]}"),
				arguments("upper-case unknown", "\"" + upper + "\"",
						"{\"configure_flow\":[\"Invalid pk \\\"" + upper + "\\\" - object does not exist.\"]}"),
				arguments("integer", "5", """
						{"configure_flow":["Invalid pk \\"5\\" - object does not exist."]}"""),
				arguments("zero", "0", """
						{"configure_flow":["Invalid pk \\"0\\" - object does not exist."]}"""),
				arguments("negative integer", "-1", """
						{"configure_flow":["“-1” is not a valid UUID."]}"""), arguments("float", "5.5", """
						{"configure_flow":["“5.5” is not a valid UUID."]}"""), arguments("true", "true", """
						{"configure_flow":["Incorrect type. Expected pk value, received bool."]}"""),
				arguments("false", "false", """
						{"configure_flow":["Incorrect type. Expected pk value, received bool."]}"""),
				arguments("list", "[\"x\"]", """
						{"configure_flow":["“['x']” is not a valid UUID."]}"""), arguments("object", "{}", """
						{"configure_flow":["“{}” is not a valid UUID."]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("configureFlows")
	void rejectsConfigureFlow(String description, String value, String expected) {
		assertThat(errorBody(StageBody.stage("ccf-rejected-" + description).raw("configure_flow", value).json()))
			.isEqualTo(expected);
	}

	// flow_set: FlowSetRequest validation, with errors aligned with the items.

	static Stream<Arguments> flowSets() {
		return Stream.of(arguments("null", "null", """
				{"flow_set":["This field may not be null."]}"""), arguments("object", "{\"a\": 1}", """
				{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"dict\\"."]}}"""),
				arguments("string", "\"cfs\"", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"str\\"."]}}"""),
				arguments("integer", "1", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"int\\"."]}}"""),
				arguments("boolean", "true", """
						{"flow_set":{"non_field_errors":["Expected a list of items but got type \\"bool\\"."]}}"""),
				arguments("valid, empty, string and null items", "[" + flow("cfs-mixed-ok") + ", {}, \"x\", null]", """
						{"flow_set":[{},{"name":["This field is required."],"slug":["This field is required."],\
						"title":["This field is required."],"designation":["This field is required."]},\
						{"non_field_errors":["Invalid data. Expected a dictionary, but got str."]},\
						["This field may not be null."]]}"""), arguments("list and number items", "[[], 5]", """
						{"flow_set":[{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]},\
						{"non_field_errors":["Invalid data. Expected a dictionary, but got int."]}]}"""),
				arguments("only a slug", "[{\"slug\": \"cfs-only-slug\"}]", """
						{"flow_set":[{"name":["This field is required."],"title":["This field is required."],\
						"designation":["This field is required."]}]}"""),
				arguments("blank, whitespace and null required fields",
						"[{\"name\": \"\", \"slug\": \"  \", \"title\": \" \\t\", \"designation\": null}]",
						"""
								{"flow_set":[{"name":["This field may not be blank."],"slug":["This field may not be blank."],\
								"title":["This field may not be blank."],"designation":["This field may not be null."]}]}"""),
				arguments("non-string name and title",
						"[{\"name\": true, \"slug\": \"cfs-types\", \"title\": [\"t\"], \"designation\": \"recovery\"}]",
						"""
								{"flow_set":[{"name":["Not a valid string."],"title":["Not a valid string."]}]}"""),
				arguments("NUL in name",
						"[{\"name\": \"a\\u0000\", \"slug\": \"cfs-nul\", \"title\": \"t\","
								+ " \"designation\": \"recovery\"}]",
						"""
								{"flow_set":[{"name":["Null characters are not allowed."]}]}"""),
				arguments("null slug",
						"[{\"name\": \"n\", \"slug\": null, \"title\": \"t\", \"designation\": \"recovery\"}]", """
								{"flow_set":[{"slug":["This field may not be null."]}]}"""),
				arguments("slug of 51 characters", "[" + flow("cfs-" + "x".repeat(47)) + "]", """
						{"flow_set":[{"slug":["Ensure this field has no more than 50 characters."]}]}"""),
				arguments("slug too long and malformed", "[" + flow("cfs " + "x".repeat(47)) + "]",
						"{\"flow_set\":[{\"slug\":[\"Ensure this field has no more than 50 characters.\",\""
								+ SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a space", "[" + flow("cfs with space") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a slash", "[" + flow("cfs/slash") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with a dot", "[" + flow("cfs.dot") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("slug with non-ASCII letters", "[" + flow("cfs-ünï") + "]",
						"{\"flow_set\":[{\"slug\":[\"" + SLUG_PATTERN + "\"]}]}"),
				arguments("unknown designation",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation\", \"title\": \"t\","
								+ " \"designation\": \"foo\"}]",
						"""
								{"flow_set":[{"designation":["\\"foo\\" is not a valid choice."]}]}"""),
				arguments("designation in upper case",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation-case\","
								+ " \"title\": \"t\", \"designation\": \"Authentication\"}]",
						"""
								{"flow_set":[{"designation":["\\"Authentication\\" is not a valid choice."]}]}"""),
				arguments("empty designation",
						"[{\"name\": \"n\", \"slug\": \"cfs-designation-empty\", \"title\": \"t\","
								+ " \"designation\": \"\"}]",
						"""
								{"flow_set":[{"designation":["\\"\\" is not a valid choice."]}]}"""),
				arguments("bad optional choices",
						"[{\"name\": \"n\", \"slug\": \"cfs-optional\", \"title\": \"t\","
								+ " \"designation\": \"enrollment\", \"denied_action\": \"deny\", \"layout\": \"grid\","
								+ " \"compatibility_mode\": \"maybe\", \"policy_engine_mode\": \"some\"}]",
						"""
								{"flow_set":[{"policy_engine_mode":["\\"some\\" is not a valid choice."],\
								"compatibility_mode":["Must be a valid boolean."],"layout":["\\"grid\\" is not a valid choice."],\
								"denied_action":["\\"deny\\" is not a valid choice."]}]}"""),
				arguments("null optional fields",
						"[{\"name\": \"n\", \"slug\": \"cfs-optional-null\", \"title\": \"t\","
								+ " \"designation\": \"enrollment\", \"denied_action\": null, \"layout\": null,"
								+ " \"compatibility_mode\": null, \"policy_engine_mode\": null}]",
						"""
								{"flow_set":[{"policy_engine_mode":["This field may not be null."],\
								"compatibility_mode":["This field may not be null."],"layout":["This field may not be null."],\
								"denied_action":["This field may not be null."]}]}"""),
				arguments("only the middle item bad",
						"[" + flow("cfs-aligned-a") + ", " + flow("cfs aligned b") + ", " + flow("cfs-aligned-c") + "]",
						"{\"flow_set\":[{},{\"slug\":[\"" + SLUG_PATTERN + "\"]},{}]}"),
				arguments("duplicate slug in one request",
						"[" + flow("cfs-twice") + ", " + flow("cfs-once") + ", " + flow("cfs-twice") + "]",
						"{\"flow_set\":[{},{}," + SLUG_TAKEN + "]}"),
				arguments("same slug three times",
						"[" + flow("cfs-thrice") + ", " + flow("cfs-thrice") + ", " + flow("cfs-thrice") + "]",
						"{\"flow_set\":[{}," + SLUG_TAKEN + "," + SLUG_TAKEN + "]}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("flowSets")
	void rejectsFlowSet(String description, String flowSet, String expected) {
		assertThat(errorBody(StageBody.body()
			.name("cfs-rejected-" + description)
			.raw("flow_set", flowSet)
			.backends(Backend.INBUILT)
			.json())).isEqualTo(expected);
	}

	@Test
	void rejectsTheSlugOfAnExistingFlow() {
		assertThat(errorBody(StageBody.stage("cfs-existing-again").flows("cfs-existing-new", "cfs-existing").json()))
			.isEqualTo("{\"flow_set\":[{}," + SLUG_TAKEN + "]}");
	}

	@Test
	void reportsFlowSetBetweenNameAndBackends() {
		String body = "{\"backends\": \"x\", \"flow_set\": [{\"slug\": \"cfs-order\"}], \"name\": \"\"}";

		assertThat(errorBody(body)).isEqualTo("{\"name\":[\"This field may not be blank.\"],\"flow_set\":[{\"name\":"
				+ "[\"This field is required.\"],\"title\":[\"This field is required.\"],\"designation\":"
				+ "[\"This field is required.\"]}],\"backends\":[\"Expected a list of items but got type \\\"str\\\".\"]}");
	}

	@Test
	void reportsNothingForAValidFlowSetWhenAnotherFieldFails() {
		assertThat(errorBody(StageBody.stage("cfs-other-field-fails")
			.flows("cfs-other-field-fails")
			.set("allow_show_password", "maybe")
			.json())).isEqualTo("{\"allow_show_password\":[\"Must be a valid boolean.\"]}");
	}

	/** The body past DRF's first step, as the route hands it to the service. */
	private static PasswordStageRequest input(String body) {
		return VALIDATOR.read(VALIDATOR.fields(JSON.readTree(body)));
	}

}

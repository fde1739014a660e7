package io.passwordstage.stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.passwordstage.web.ListQuery;
import io.passwordstage.web.ValidationFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The list's query parameters as SQL: the condition and its bound parameters, the
 * ordering, and the 400 texts of filters that cannot be read.
 */
class PasswordStageListFilterTest {

	private static final String FLOW = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

	private static final Predicate<UUID> FLOW_EXISTS = UUID.fromString(FLOW)::equals;

	private static final String NAME = " and b.name = :name";

	private static final String CONFIGURE_FLOW = " and s.configure_flow_id = :configure_flow";

	private static final String ATTEMPTS = " and s.failed_attempts_before_cancel = :failed_attempts_before_cancel";

	private static final String ALLOW = " and s.allow_show_password = :allow_show_password";

	private static String term(int index) {
		return " and lower(b.name) like :term" + index + " escape '\\'";
	}

	/** An ordered map from alternating keys and values. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static Stream<Arguments> condition() {
		UUID flow = UUID.fromString(FLOW);
		return Stream.of(arguments("no parameters", Map.of(), "", ordered(), false),
				arguments("unknown parameters ignored", Map.of("foo", "bar", "page", "2"), "", ordered(), false),
				arguments("name", Map.of("name", "cnv"), NAME, ordered("name", "cnv"), false),
				arguments("name kept as sent", Map.of("name", " Cnv "), NAME, ordered("name", " Cnv "), false),
				arguments("empty name ignored", Map.of("name", ""), "", ordered(), false),
				arguments("NUL in name matches nothing", Map.of("name", "a\u0000b"), NAME, ordered("name", "a\u0000b"),
						true),
				arguments("configure_flow", Map.of("configure_flow", FLOW), CONFIGURE_FLOW,
						ordered("configure_flow", flow), false),
				arguments("configure_flow in upper case without hyphens",
						Map.of("configure_flow", FLOW.toUpperCase(Locale.ROOT).replace("-", "")), CONFIGURE_FLOW,
						ordered("configure_flow", flow), false),
				arguments("configure_flow in braces", Map.of("configure_flow", "{" + FLOW + "}"), CONFIGURE_FLOW,
						ordered("configure_flow", flow), false),
				arguments("empty configure_flow ignored", Map.of("configure_flow", ""), "", ordered(), false),
				arguments("failed attempts", Map.of("failed_attempts_before_cancel", "3"), ATTEMPTS,
						ordered("failed_attempts_before_cancel", 3), false),
				arguments("failed attempts padded", Map.of("failed_attempts_before_cancel", " 3 "), ATTEMPTS,
						ordered("failed_attempts_before_cancel", 3), false),
				arguments("failed attempts with decimal zero", Map.of("failed_attempts_before_cancel", "3.0"), ATTEMPTS,
						ordered("failed_attempts_before_cancel", 3), false),
				arguments("failed attempts in exponent form", Map.of("failed_attempts_before_cancel", "1e3"), ATTEMPTS,
						ordered("failed_attempts_before_cancel", 1000), false),
				arguments("negative failed attempts", Map.of("failed_attempts_before_cancel", "-2"), ATTEMPTS,
						ordered("failed_attempts_before_cancel", -2), false),
				arguments("fractional failed attempts match nothing", Map.of("failed_attempts_before_cancel", "3.5"),
						"", ordered(), true),
				arguments("failed attempts beyond 32 bits match nothing",
						Map.of("failed_attempts_before_cancel", "99999999999"), "", ordered(), true),
				arguments("empty failed attempts ignored", Map.of("failed_attempts_before_cancel", ""), "", ordered(),
						false),
				arguments("blank failed attempts ignored", Map.of("failed_attempts_before_cancel", "  "), "", ordered(),
						false),
				arguments("allow_show_password=true", Map.of("allow_show_password", "true"), ALLOW,
						ordered("allow_show_password", true), false),
				arguments("allow_show_password=True", Map.of("allow_show_password", "True"), ALLOW,
						ordered("allow_show_password", true), false),
				arguments("allow_show_password=TRUE", Map.of("allow_show_password", "TRUE"), ALLOW,
						ordered("allow_show_password", true), false),
				arguments("allow_show_password=1", Map.of("allow_show_password", "1"), ALLOW,
						ordered("allow_show_password", true), false),
				arguments("allow_show_password=false", Map.of("allow_show_password", "false"), ALLOW,
						ordered("allow_show_password", false), false),
				arguments("allow_show_password=False", Map.of("allow_show_password", "False"), ALLOW,
						ordered("allow_show_password", false), false),
				arguments("allow_show_password=0", Map.of("allow_show_password", "0"), ALLOW,
						ordered("allow_show_password", false), false),
				arguments("allow_show_password=maybe ignored", Map.of("allow_show_password", "maybe"), "", ordered(),
						false),
				arguments("allow_show_password=yes ignored", Map.of("allow_show_password", "yes"), "", ordered(),
						false),
				arguments("allow_show_password=2 ignored", Map.of("allow_show_password", "2"), "", ordered(), false),
				arguments("empty allow_show_password ignored", Map.of("allow_show_password", ""), "", ordered(), false),
				arguments("one search term, lower-cased", Map.of("search", "Red"), term(0), ordered("term0", "%red%"),
						false),
				arguments("search terms split on whitespace and commas", Map.of("search", " a ,\tB  c,d "),
						term(0) + term(1) + term(2) + term(3),
						ordered("term0", "%a%", "term1", "%b%", "term2", "%c%", "term3", "%d%"), false),
				arguments("percent is literal", Map.of("search", "50%"), term(0), ordered("term0", "%50\\%%"), false),
				arguments("underscore is literal", Map.of("search", "a_b"), term(0), ordered("term0", "%a\\_b%"),
						false),
				arguments("backslash is literal", Map.of("search", "back\\slash"), term(0),
						ordered("term0", "%back\\\\slash%"), false),
				arguments("NUL dropped from search", Map.of("search", "a\u0000b"), term(0), ordered("term0", "%ab%"),
						false),
				arguments("empty search ignored", Map.of("search", ""), "", ordered(), false),
				arguments("search of separators only ignored", Map.of("search", " , \t,"), "", ordered(), false),
				arguments("search terms numbered after other parameters", Map.of("name", "x", "search", "y z"),
						NAME + term(1) + term(2), ordered("name", "x", "term1", "%y%", "term2", "%z%"), false),
				arguments("every filter at once",
						Map.of("name", "n", "configure_flow", FLOW, "failed_attempts_before_cancel", "4",
								"allow_show_password", "0", "search", "s"),
						NAME + CONFIGURE_FLOW + ATTEMPTS + ALLOW + term(4), ordered("name", "n", "configure_flow", flow,
								"failed_attempts_before_cancel", 4, "allow_show_password", false, "term4", "%s%"),
						false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void condition(String description, Map<String, String> params, String conditions, Map<String, Object> parameters,
			boolean matchesNothing) {
		ListQuery filter = PasswordStageListFilter.parse(params, FLOW_EXISTS);

		assertThat(filter.where()).isEqualTo(" where 1 = 1" + conditions);
		assertThat(filter.parameters()).containsExactlyEntriesOf(parameters);
		assertThat(filter.matchesNothing()).isEqualTo(matchesNothing);
	}

	@ParameterizedTest(name = "ordering={0}")
	@CsvSource(delimiter = '|', value = { "|b.name asc", "''|b.name asc", "name|b.name asc", "-name|b.name desc",
			"failed_attempts_before_cancel,-name|s.failed_attempts_before_cancel asc, b.name desc",
			"-failed_attempts_before_cancel,name|s.failed_attempts_before_cancel desc, b.name asc",
			"allow_show_password,name|s.allow_show_password asc, b.name asc", "pk|s.stage_ptr_id asc",
			"-pk|s.stage_ptr_id desc", "backends|s.backends asc", "-configure_flow|s.configure_flow_id desc",
			"name,name|b.name asc, b.name asc", "bogus|b.name asc", "bogus,-name|b.name desc", "flow_set|b.name asc",
			"-flow_set|b.name asc", "flow_set,-name|b.name desc", "' -name , bogus '|b.name desc", "-|b.name asc",
			"--name|b.name asc", "NAME|b.name asc", ",,|b.name asc" })
	void ordering(String ordering, String terms) {
		Map<String, String> params = ordering == null ? Map.of() : Map.of("ordering", ordering);

		ListQuery filter = PasswordStageListFilter.parse(params, FLOW_EXISTS);

		assertThat(filter.orderBy()).isEqualTo(" order by " + terms + ", s.stage_ptr_id asc");
	}

	static Stream<Arguments> invalid() {
		List<String> noChoice = List.of("Select a valid choice. That choice is not one of the available choices.");
		List<String> notANumber = List.of("Enter a number.");
		return Stream.of(
				arguments("unknown configure_flow", Map.of("configure_flow", "00000000-0000-0000-0000-0000000000aa"),
						ordered("configure_flow", noChoice)),
				arguments("malformed configure_flow", Map.of("configure_flow", "not-a-uuid"),
						ordered("configure_flow", noChoice)),
				arguments("failed attempts not a number", Map.of("failed_attempts_before_cancel", "x"),
						ordered("failed_attempts_before_cancel", notANumber)),
				arguments("failed attempts with a decimal comma", Map.of("failed_attempts_before_cancel", "1,5"),
						ordered("failed_attempts_before_cancel", notANumber)),
				arguments("failed attempts NaN", Map.of("failed_attempts_before_cancel", "NaN"),
						ordered("failed_attempts_before_cancel", notANumber)),
				arguments("failed attempts Infinity", Map.of("failed_attempts_before_cancel", "Infinity"),
						ordered("failed_attempts_before_cancel", notANumber)),
				arguments("both, in filter order",
						Map.of("failed_attempts_before_cancel", "x", "configure_flow", "x", "name", "n"),
						ordered("configure_flow", noChoice, "failed_attempts_before_cancel", notANumber)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void invalid(String description, Map<String, String> params, Map<String, Object> errors) {
		assertThatThrownBy(() -> PasswordStageListFilter.parse(params, FLOW_EXISTS)).isInstanceOfSatisfying(
				ValidationFailedException.class, ex -> assertThat(ex.errors()).containsExactlyEntriesOf(errors));
	}

}

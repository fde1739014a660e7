package io.passwordstage.stage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.passwordstage.stage.ListPasswordStagesTest.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's search (case-insensitive terms on the name, all must match) and ordering.
 */
class SearchAndOrderPasswordStagesTest extends StageApiTest {

	private String found(String search, String extra) {
		Response response = get(STAGES + "?search=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + extra);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return names(response.json());
	}

	@Test
	void searchIsACaseInsensitiveSubstringOfTheName() {
		String prefix = unique("srch");
		createNamed(prefix + "-Alpha Beta");
		createNamed(prefix + "-gamma");

		assertThat(found(prefix.toUpperCase() + "-ALPHA", "")).isEqualTo(prefix + "-Alpha Beta");
		assertThat(found(prefix + "-alpha beta", "")).isEqualTo(prefix + "-Alpha Beta");
		assertThat(found(prefix, "")).isEqualTo(prefix + "-Alpha Beta," + prefix + "-gamma");
	}

	@Test
	void everyTermSplitOnWhitespaceAndCommasMustMatch() {
		String prefix = unique("terms");
		createNamed(prefix + "-red-green");
		createNamed(prefix + "-red-blue");
		createNamed(prefix + "-green-blue");

		assertThat(found(prefix + " RED", "")).isEqualTo(prefix + "-red-blue," + prefix + "-red-green");
		assertThat(found(prefix + ",red,green", "")).isEqualTo(prefix + "-red-green");
		assertThat(found(" " + prefix + " ,\tblue  green ", "")).isEqualTo(prefix + "-green-blue");
		assertThat(found(prefix + " red purple", "")).isEmpty();
	}

	@Test
	void percentAndUnderscoreAreLiteral() {
		String prefix = unique("wild");
		createNamed(prefix + "-50%off");
		createNamed(prefix + "-50xoff");
		createNamed(prefix + "-a_b");
		createNamed(prefix + "-axb");

		assertThat(found(prefix + " 50%", "")).isEqualTo(prefix + "-50%off");
		assertThat(found(prefix + " %", "")).isEqualTo(prefix + "-50%off");
		assertThat(found(prefix + " a_b", "")).isEqualTo(prefix + "-a_b");
		assertThat(found(prefix + " _", "")).isEqualTo(prefix + "-a_b");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|a,b,c", "name|a,b,c", "-name|c,b,a", "failed_attempts_before_cancel,-name|b,c,a",
					"-failed_attempts_before_cancel,name|a,c,b", "bogus|a,b,c", "bogus,-name|c,b,a", "flow_set|a,b,c",
					"-flow_set|a,b,c", "flow_set,-name|c,b,a", "' -name , bogus '|c,b,a", "-|a,b,c", "--name|a,b,c",
					"allow_show_password,name|b,c,a" })
	void orderingTermsAndFallback(String ordering, String expected) {
		String prefix = unique("ord");
		createStage(StageBody.stage(prefix + "-a")
			.set("failed_attempts_before_cancel", 2)
			.set("allow_show_password", true));
		createStage(StageBody.stage(prefix + "-b").set("failed_attempts_before_cancel", 1));
		createStage(StageBody.stage(prefix + "-c").set("failed_attempts_before_cancel", 2));

		String names = found(prefix, "&ordering=" + URLEncoder.encode(ordering, StandardCharsets.UTF_8));

		assertThat(names).isEqualTo(prefix + "-" + expected.replace(",", "," + prefix + "-"));
	}

	@Test
	void orderingByFlowSetOnBoundStagesIsNeverAServerError() {
		String prefix = unique("ordflow");
		createWithFlows(prefix + "-b", unique("ordflowb"));
		createWithFlows(prefix + "-a", unique("ordflowa"));

		assertThat(found(prefix, "&ordering=flow_set")).isEqualTo(prefix + "-a," + prefix + "-b");
		assertThat(found(prefix, "&ordering=-flow_set,-name")).isEqualTo(prefix + "-b," + prefix + "-a");
	}

}

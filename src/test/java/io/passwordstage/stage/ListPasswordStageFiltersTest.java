package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.stage.ListPasswordStagesTest.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's exact-match filters: name, configure_flow, failed_attempts_before_cancel,
 * allow_show_password.
 */
class ListPasswordStageFiltersTest extends StageApiTest {

	private static final String NO_CHOICE = "{\"configure_flow\":[\"Select a valid choice. That choice is not one of the"
			+ " available choices.\"]}";

	private JsonNode list(String query) {
		Response response = get(STAGES + "?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void nameIsExactAndCaseSensitive() {
		String prefix = unique("name");
		createNamed(prefix + "-abc");
		createNamed(prefix + "-ABC");
		createNamed(prefix + "-abcd");

		assertThat(names(list("search=" + prefix + "&name=" + prefix + "-abc"))).isEqualTo(prefix + "-abc");
		assertThat(names(list("search=" + prefix + "&name=" + prefix + "-ABC"))).isEqualTo(prefix + "-ABC");
		assertThat(names(list("search=" + prefix + "&name=" + prefix + "-ab"))).isEmpty();
	}

	@Test
	void configureFlowMatchesTheFlow() {
		String prefix = unique("cfg");
		JsonNode owner = createWithFlows(prefix + "-owner", unique("cfgflow"));
		String flow = owner.get("flow_set").get(0).get("pk").stringValue();
		createStage(StageBody.stage(prefix + "-configured").set("configure_flow", flow));

		assertThat(names(list("search=" + prefix + "&configure_flow=" + flow))).isEqualTo(prefix + "-configured");
	}

	@Test
	void unknownConfigureFlowIsAnInvalidChoice() {
		Response response = get(STAGES + "?configure_flow=" + UUID.randomUUID());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(NO_CHOICE);
	}

	@Test
	void malformedConfigureFlowIsAnInvalidChoice() {
		Response response = get(STAGES + "?configure_flow=not-a-uuid");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(NO_CHOICE);
	}

	@Test
	void failedAttemptsMatchesTheNumber() {
		String prefix = unique("attempts");
		createStage(StageBody.stage(prefix + "-three").set("failed_attempts_before_cancel", 3));
		createStage(StageBody.stage(prefix + "-seven").set("failed_attempts_before_cancel", 7));

		assertThat(names(list("search=" + prefix + "&failed_attempts_before_cancel=3"))).isEqualTo(prefix + "-three");
		assertThat(names(list("search=" + prefix + "&failed_attempts_before_cancel=4"))).isEmpty();
	}

	@Test
	void failedAttemptsThatIsNotANumberIsRejected() {
		Response response = get(STAGES + "?failed_attempts_before_cancel=x");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"failed_attempts_before_cancel\":[\"Enter a number.\"]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "true", "True", "1" })
	void allowShowPasswordTrueSpellings(String value) {
		String prefix = createShowAndHide();

		assertThat(names(list("search=" + prefix + "&allow_show_password=" + value))).isEqualTo(prefix + "-show");
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "False", "0" })
	void allowShowPasswordFalseSpellings(String value) {
		String prefix = createShowAndHide();

		assertThat(names(list("search=" + prefix + "&allow_show_password=" + value))).isEqualTo(prefix + "-hide");
	}

	@ParameterizedTest
	@ValueSource(strings = { "maybe", "yes", "2", "" })
	void otherAllowShowPasswordValuesAreIgnored(String value) {
		String prefix = createShowAndHide();

		assertThat(names(list("search=" + prefix + "&allow_show_password=" + value)))
			.isEqualTo(prefix + "-hide," + prefix + "-show");
	}

	private String createShowAndHide() {
		String prefix = unique("show");
		createStage(StageBody.stage(prefix + "-show").set("allow_show_password", true));
		createStage(StageBody.stage(prefix + "-hide").set("allow_show_password", false));
		return prefix;
	}

}

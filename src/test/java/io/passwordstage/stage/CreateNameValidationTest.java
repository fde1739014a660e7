package io.passwordstage.stage;

import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.support.StoredRows.stagesNamed;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST: {@code name} end to end: one rule of the DRF step and one of Bean Validation with
 * authentik's exact 400 bodies, a name taken by a stage of either kind, and the coerced
 * names as they are stored. Every rule with its exact body:
 * {@link PasswordStageValidatorTest}.
 */
class CreateNameValidationTest extends ApiTest {

	/** A valid body with {@code name} as the JSON text given. */
	private static String body(String name) {
		return StageBody.body().raw("name", name).backends(Backend.INBUILT).json();
	}

	static Stream<Arguments> rejected() {
		return Stream.of(arguments("boolean true", body("true"), """
				{"name":["Not a valid string."]}"""),
				arguments("513 four-byte characters", body("\"" + "\uD83D\uDE00".repeat(513) + "\""), """
						{"name":["Ensure this field has no more than 512 characters."]}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejected")
	void rejectsWithExactBody(String description, String body, String expected) {
		assertCreateRejected(body, expected);
	}

	static Stream<Arguments> coerced() {
		return Stream.of(arguments("surrounding spaces trimmed", "\"  cnv-trimmed  \"", "cnv-trimmed"),
				arguments("tabs and newlines trimmed", "\"\\t\\ncnv-trimmed-controls\\r \"", "cnv-trimmed-controls"),
				arguments("unicode spaces trimmed", "\"\\u00a0cnv-trimmed-nbsp\\u3000\"", "cnv-trimmed-nbsp"),
				arguments("inner spaces kept", "\"cnv inner  spaces\"", "cnv inner  spaces"),
				arguments("integer", "5", "5"), arguments("negative integer", "-17", "-17"),
				arguments("float", "5.5", "5.5"), arguments("float with trailing zero", "2.50", "2.5"),
				arguments("float in exponent form", "1e2", "100.0"),
				arguments("non-ASCII", "\"cnv-Ünïcödé ☃ \\u00e9\"", "cnv-Ünïcödé ☃ é"),
				arguments("512 characters", "\"cnv512-" + "y".repeat(505) + "\"", "cnv512-" + "y".repeat(505)),
				arguments("512 four-byte characters", "\"cnv" + "\uD83D\uDE03".repeat(509) + "\"",
						"cnv" + "\uD83D\uDE03".repeat(509)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("coerced")
	void acceptsAndStoresTheCoercedName(String description, String name, String stored) {
		Response response = post(STAGES, body(name));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("name").stringValue()).isEqualTo(stored);
		assertThat(stagesNamed(stored)).isOne();
	}

	@Test
	void rejectsTheSameNameTwice() {
		assertThat(post(STAGES, body("\"cnv-duplicate\"")).status()).isEqualTo(201);

		Response response = post(STAGES, body("\"cnv-duplicate\""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
		assertThat(stagesNamed("cnv-duplicate")).isOne();
	}

	@Test
	void treatsNamesDifferingInCaseAsDistinct() {
		assertThat(post(STAGES, body("\"cnv-case\"")).status()).isEqualTo(201);

		Response response = post(STAGES, body("\"CNV-Case\""));

		assertThat(response.status()).isEqualTo(201);
		assertThat(stagesNamed("CNV-Case")).isOne();
	}

	@Test
	void rejectsANameTakenByAnotherKindOfStage() {
		count("with s as (insert into authentik_flows_stage (stage_uuid, name)"
				+ " values (gen_random_uuid(), 'cnv-other-kind') returning 1) select count(*) from s");

		Response response = post(STAGES, body("\"cnv-other-kind\""));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"name\":[\"stage with this name already exists.\"]}");
		assertThat(count("select count(*) from authentik_stages_password_passwordstage p join authentik_flows_stage s"
				+ " on s.stage_uuid = p.stage_ptr_id where s.name = 'cnv-other-kind'"))
			.isZero();
	}

}

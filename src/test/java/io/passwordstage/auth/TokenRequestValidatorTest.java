package io.passwordstage.auth;

import java.time.Instant;
import java.util.Set;

import io.passwordstage.web.ValidationFailedException;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The token-minting rules with authentik's exact 400 bodies, checked on
 * {@link TokenRequestValidator} alone: no Spring context, no database; the identifiers
 * taken are an in-memory set. {@link TokenRequestRulesTest} sends the same cases over
 * HTTP.
 */
class TokenRequestValidatorTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TokenRequestValidator VALIDATOR = new TokenRequestValidator(
			Validation.buildDefaultValidatorFactory().getValidator());

	private static final Set<String> TAKEN = Set.of("token-taken");

	/** The error body minting answers for the body, as JSON text. */
	private static String errorBody(String body) {
		ValidationFailedException failure = assertThrows(ValidationFailedException.class,
				() -> VALIDATOR.validate(input(body), Instant.now(), TAKEN::contains), body);
		return JSON.writeValueAsString(failure.errors());
	}

	@Test
	void acceptsAFreeIdentifier() {
		TokenRequestValidator.NewToken token = VALIDATOR.validate(input("{\"identifier\": \"token-free\"}"),
				Instant.now(), TAKEN::contains);

		assertThat(token.identifier()).isEqualTo("token-free");
	}

	@Test
	void duplicateIdentifierIsRejected() {
		assertThat(errorBody("{\"identifier\": \"token-taken\"}"))
			.isEqualTo("{\"identifier\":[\"Token with this identifier already exists.\"]}");
	}

	@Test
	void anIntentOtherThanApiOrAppPasswordIsAChoiceError() {
		assertThat(errorBody("{\"identifier\": \"token-free\", \"intent\": \"recovery\"}"))
			.isEqualTo("{\"intent\":[\"\\\"recovery\\\" is not a valid choice.\"]}");
	}

	/** The body past DRF's first step, as the route hands it to the service. */
	private static TokenRequest input(String body) {
		return VALIDATOR.read(VALIDATOR.fields(JSON.readTree(body)));
	}

}

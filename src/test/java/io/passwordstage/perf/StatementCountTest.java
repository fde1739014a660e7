package io.passwordstage.perf;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database round trips per operation once the token is remembered (the token cache is
 * listening and the key has been checked once: no round trip for it); reads run without a
 * transaction, writes in one. A change that adds a statement to one of these operations
 * fails here: make it cheaper, or raise the number on purpose.
 */
@Import(StatementCountTest.CountingConfiguration.class)
class StatementCountTest extends ApiTest {

	@Autowired
	private StatementCounter counter;

	private String stageId;

	@BeforeEach
	void createStage() throws InterruptedException {
		stageId = post(STAGES, StageBody.stage("count-" + java.util.UUID.randomUUID()).json()).json()
			.get("pk")
			.stringValue();
		awaitTokenRemembered();
		counter.reset();
	}

	/**
	 * The token cache trusts itself once its listener holds a lease: until then every
	 * request asks the database for its token. Waits until a retrieve costs only its own
	 * statement.
	 */
	private void awaitTokenRemembered() throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		do {
			counter.reset();
			send("GET", STAGES + stageId + "/", null, null, BOOTSTRAP_KEY);
			if (counter.statements() == 1) {
				return;
			}
			Thread.sleep(50);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError("the token was still read from the database after 10 s");
	}

	@Test
	void create() {
		assertThat(post(STAGES, StageBody.stage("count-create-" + java.util.UUID.randomUUID()).json()).status())
			.isEqualTo(201);
		// the base stage row, the password-stage row, audit event: the unique name is
		// checked by its constraint, and only a failed write asks the database again
		assertRoundTrips(3, 1);
	}

	@Test
	void createWithOneFlow() {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		String body = StageBody.stage("count-flow-" + suffix).flows("count-" + suffix).json();
		assertThat(post(STAGES, body).status()).isEqualTo(201);
		// the two stage rows, both policy-binding-model rows (one batch), flow, binding,
		// audit event
		assertRoundTrips(6, 1);
	}

	@Test
	void retrieve() {
		assertThat(send("GET", STAGES + stageId + "/", null, null, BOOTSTRAP_KEY).status()).isEqualTo(200);
		// the stage with its flows, in one statement
		assertRoundTrips(1, 0);
	}

	@Test
	void retrieveAFlow() {
		String slug = "count-flow-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		assertThat(post(STAGES, StageBody.stage(slug + "-stage").flows(slug).json()).status()).isEqualTo(201);
		counter.reset();
		assertThat(send("GET", "/api/v3/flows/instances/" + slug + "/", null, null, BOOTSTRAP_KEY).status())
			.isEqualTo(200);
		// the flow with its stages, in one statement
		assertRoundTrips(1, 0);
	}

	@Test
	void retrieveABinding() {
		String slug = "count-binding-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String stage = post(STAGES, StageBody.stage(slug + "-stage").flows(slug).json()).json().get("pk").stringValue();
		String binding = send("GET", "/api/v3/flows/bindings/?stage=" + stage, null, null, BOOTSTRAP_KEY).json()
			.get("results")
			.get(0)
			.get("pk")
			.stringValue();
		counter.reset();
		var answer = send("GET", "/api/v3/flows/bindings/" + binding + "/", null, null, BOOTSTRAP_KEY);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("stage_obj").get("flow_set").get(0).get("slug").stringValue()).isEqualTo(slug);
		// the binding with its stage and the stage's flows, in one statement
		assertRoundTrips(1, 0);
	}

	@Test
	void retrieveFromAllStages() {
		assertThat(send("GET", "/api/v3/stages/all/" + stageId + "/", null, null, BOOTSTRAP_KEY).status())
			.isEqualTo(200);
		// the stage with its flows, in one statement
		assertRoundTrips(1, 0);
	}

	@Test
	void list() {
		assertThat(send("GET", STAGES + "?page_size=100", null, null, BOOTSTRAP_KEY).status()).isEqualTo(200);
		// count, page, the page's flows
		assertRoundTrips(3, 0);
	}

	@Test
	void partialUpdate() {
		assertThat(send("PATCH", STAGES + stageId + "/", "{\"failed_attempts_before_cancel\": 3}", "application/json",
				BOOTSTRAP_KEY)
			.status()).isEqualTo(200);
		// lock, read, update, audit event, its flows
		assertRoundTrips(5, 1);
	}

	@Test
	void partialUpdateOfFlowSet() {
		String slug = "count-patch-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		assertThat(send("PATCH", STAGES + stageId + "/", StageBody.body().flows(slug).json(), "application/json",
				BOOTSTRAP_KEY)
			.status()).isEqualTo(200);
		// lock, read, the bound flows (read once), slug check, both policy-binding-model
		// rows (one batch), flow, binding, audit event, its flows
		assertRoundTrips(9, 1);
	}

	private void assertRoundTrips(long statements, long commits) {
		assertThat(counter.statements()).as("statements").isEqualTo(statements);
		assertThat(counter.commits()).as("commits").isEqualTo(commits);
	}

	@TestConfiguration
	static class CountingConfiguration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}

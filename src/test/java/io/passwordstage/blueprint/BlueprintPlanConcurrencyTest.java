package io.passwordstage.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports with a plan racing API writes of the same flow: every plan tells what its
 * import wrote. An {@code update} is exactly the audit event that import's request wrote,
 * an {@code unchanged} wrote none, and the flow's history of title changes is one
 * unbroken chain (each change starts from the value the previous one left).
 */
class BlueprintPlanConcurrencyTest extends ImportTest {

	private static final int ROUNDS = 40;

	@Test
	void plansTellWhatWasWrittenWhileTheAPIWritesTheSameFlow() throws Exception {
		String slug = unique("race");
		String flowPk = post(FLOWS, flowBody(slug)).json().get("pk").asString().replace("-", "");
		String file = """
				version: 1
				entries:
				  - model: authentik_flows.flow
				    identifiers: {slug: %s}
				    attrs: {name: Flow %s, title: From the file, designation: authentication}
				""".formatted(slug, slug);

		List<Future<Response>> imports = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				imports.add(pool.submit(() -> send(form(IMPORT, BOOTSTRAP_KEY).file(file).field("plan", "true"))));
				String title = "From the API " + round;
				pool.submit(() -> send("PATCH", FLOWS + slug + "/", "{\"title\": \"" + title + "\"}",
						"application/json", BOOTSTRAP_KEY));
			}
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		}

		int updates = 0;
		for (Future<Response> future : imports) {
			Response response = future.get();
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode answer = response.json();
			assertThat(answer.get("success").asBoolean()).as(response.body()).isTrue();
			JsonNode item = answer.get("plan").get(0);
			List<Object> written = TestDatabase.column(
					"select context -> 'diff' ->> 'title' from authentik_events_event where request_id = ?",
					(Object) response.header("X-authentik-id"));
			if (item.get("action").asString().equals("update")) {
				updates++;
				assertThat(written).hasSize(1);
				assertThat(JSON.readTree((String) written.get(0))).isEqualTo(item.get("diff").get("title"));
				assertThat(item.get("diff").get("title").get("new_value").asString()).isEqualTo("From the file");
			}
			else {
				assertThat(item.get("action").asString()).isEqualTo("unchanged");
				assertThat(written).isEmpty();
			}
		}
		assertThat(updates).isPositive();

		List<Object> history = TestDatabase.column(
				"select context -> 'diff' ->> 'title' from authentik_events_event"
						+ " where action = 'model_updated' and context -> 'model' ->> 'pk' = ? order by created",
				(Object) flowPk);
		String title = "Welcome";
		for (Object change : history) {
			@SuppressWarnings("unchecked")
			Map<String, Object> diff = JSON.readValue((String) change, Map.class);
			assertThat(diff.get("previous_value")).isEqualTo(title);
			title = (String) diff.get("new_value");
		}
		assertThat(get(FLOWS + slug + "/").json().get("title").asString()).isEqualTo(title);
	}

}

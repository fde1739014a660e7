package io.passwordstage.binding;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.passwordstage.ops.Race;
import io.passwordstage.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static io.passwordstage.binding.BindingValidationTest.NOT_UNIQUE;
import static io.passwordstage.binding.BindingValidationTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty creates of the same (target, stage, order) at once: one 201, and authentik's
 * unique text for every other, never a 500.
 */
class ConcurrentBindingCreateTest extends BindingApiTest {

	private static final int N = 50;

	@Test
	void oneWinsTheRestAreNotUnique() throws Exception {
		String flow = flow(unique("raceflow"));
		String stage = stage(unique("racestage"));
		String body = "{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": \"0\"}";

		Race race = Race.run(N,
				i -> HttpRequest.newBuilder(uri(BINDINGS))
					.timeout(Duration.ofSeconds(60))
					.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());

		assertThat(race.count(201)).as(race.responses().stream().map(HttpResponse::body).toList().toString()).isOne();
		assertThat(race.count(400)).isEqualTo(N - 1);
		race.responses()
			.stream()
			.filter(response -> response.statusCode() == 400)
			.forEach(response -> assertThat(response.body()).isEqualTo(errors("non_field_errors", NOT_UNIQUE)));
		assertThat(TestDatabase.count("select count(*) from authentik_flows_flowstagebinding where target_id = ?::uuid",
				flow))
			.isOne();
		assertThat(TestDatabase.count("select count(*) from authentik_events_event where action = 'model_created' "
				+ "and context -> 'model' ->> 'name' = ?", "Flow-stage binding #0 to " + flow))
			.isOne();
	}

}

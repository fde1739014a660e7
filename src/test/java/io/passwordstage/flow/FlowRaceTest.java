package io.passwordstage.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static io.passwordstage.support.StoredRows.flowsWithSlug;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent creates of one slug: one flow, and authentik's 400 for every other. */
class FlowRaceTest extends FlowTest {

	private static final int WRITERS = 50;

	@Test
	void fiftyCreatesOfOneSlugGiveOneFlow() throws Exception {
		String slug = unique("race");
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Response> responses = new ArrayList<>();
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				futures.add(pool.submit(() -> {
					gate.await();
					return post(FLOWS, flowBody(slug));
				}));
			}
			gate.countDown();
			for (Future<Response> future : futures) {
				responses.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(responses.stream().filter(response -> response.status() == 201)).hasSize(1);
		assertThat(responses.stream().filter(response -> response.status() != 201))
			.allSatisfy(response -> assertThat(response.body())
				.isEqualTo("{\"slug\":[\"Flow with this slug already exists.\"]}"));
		assertThat(flowsWithSlug(slug)).isOne();
	}

}

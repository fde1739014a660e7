package io.passwordstage.web;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object responses carry a strong ETag; {@code If-None-Match} answers 304 and a stale
 * {@code If-Match} is a 412 that changes nothing, even for writes racing each other.
 */
class EntityTagsTest extends ApiTest {

	private static final String PRECONDITION_FAILED = "{\"detail\":\"The object has changed since it was read: If-Match does not match its ETag.\"}";

	private Response withHeader(String method, String path, String body, String header, String value) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + BOOTSTRAP_KEY)
			.header(header, value)
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null && !header.equals("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	private String stage() {
		return post(STAGES, StageBody.stage("tagged-" + java.util.UUID.randomUUID()).json()).json()
			.get("pk")
			.stringValue();
	}

	@Test
	void getCarriesAStrongTagAndIfNoneMatchIsA304() {
		String path = STAGES + stage() + "/";
		Response first = send("GET", path, null, null, BOOTSTRAP_KEY);
		String tag = first.header("ETag");

		assertThat(tag).matches("\"[A-Za-z0-9_-]{24}\"");
		Response again = withHeader("GET", path, null, "If-None-Match", tag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(withHeader("GET", path, null, "If-None-Match", "\"other\"").status()).isEqualTo(200);
	}

	@Test
	void wildcardContentTypesDoNotTripTheTagging() {
		String path = STAGES + stage() + "/";
		for (String type : new String[] { "*/*", "application/*" }) {
			Response response = withHeader("PATCH", path, "{}", "Content-Type", type);

			assertThat(response.status()).as(type + ": " + response.body()).isLessThan(500);
		}
	}

	@Test
	void staleIfMatchIsA412AndChangesNothing() {
		String path = STAGES + stage() + "/";
		String tag = send("GET", path, null, null, BOOTSTRAP_KEY).header("ETag");
		Response changed = withHeader("PATCH", path, "{\"failed_attempts_before_cancel\": 2}", "If-Match", tag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(tag);
		JsonNode now = send("GET", path, null, null, BOOTSTRAP_KEY).json();

		Response stale = withHeader("PATCH", path, "{\"failed_attempts_before_cancel\": 9}", "If-Match", tag);
		Response staleDelete = withHeader("DELETE", path, null, "If-Match", tag);

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).isEqualTo(PRECONDITION_FAILED);
		assertThat(staleDelete.status()).isEqualTo(412);
		assertThat(send("GET", path, null, null, BOOTSTRAP_KEY).json()).isEqualTo(now);
		assertThat(withHeader("DELETE", path, null, "If-Match", changed.header("ETag")).status()).isEqualTo(204);
	}

	@Test
	void twoPutsWithTheSameTagGiveOne200AndOne412() throws Exception {
		String pk = stage();
		String path = STAGES + pk + "/";
		String tag = send("GET", path, null, null, BOOTSTRAP_KEY).header("ETag");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> statuses = new ArrayList<>();
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String body = StageBody.stage("tagged-put-" + i + "-" + pk).json();
				futures.add(pool.submit(() -> {
					gate.await();
					return withHeader("PUT", path, body, "If-Match", tag);
				}));
			}
			gate.countDown();
			for (Future<Response> future : futures) {
				statuses.add(future.get(60, TimeUnit.SECONDS).status());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(statuses).containsExactlyInAnyOrder(200, 412);
	}

	@Test
	void flowsBindingsAndStagesCarryTagsToo() {
		String slug = "tagged-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		JsonNode stage = post(STAGES, StageBody.stage(slug).flows(slug).json()).json();
		String flowPath = "/api/v3/flows/instances/" + slug + "/";
		String flowTag = send("GET", flowPath, null, null, BOOTSTRAP_KEY).header("ETag");
		String allPath = "/api/v3/stages/all/" + stage.get("pk").stringValue() + "/";
		String stageTag = send("GET", allPath, null, null, BOOTSTRAP_KEY).header("ETag");

		assertThat(withHeader("PATCH", flowPath, "{\"title\": \"x\"}", "If-Match", "\"stale\"").status())
			.isEqualTo(412);
		assertThat(withHeader("PATCH", flowPath, "{\"title\": \"x\"}", "If-Match", flowTag).status()).isEqualTo(200);
		JsonNode binding = post("/api/v3/flows/bindings/",
				"{\"target\": \"" + stage.get("flow_set").get(0).get("pk").stringValue() + "\", \"stage\": \""
						+ stage.get("pk").stringValue() + "\", \"order\": 5}")
			.json();
		String bindingPath = "/api/v3/flows/bindings/" + binding.get("pk").stringValue() + "/";
		assertThat(withHeader("DELETE", bindingPath, null, "If-Match", "\"stale\"").status()).isEqualTo(412);
		assertThat(withHeader("DELETE", allPath, null, "If-Match", stageTag).status()).isEqualTo(412);
		String fresh = send("GET", allPath, null, null, BOOTSTRAP_KEY).header("ETag");
		assertThat(withHeader("DELETE", allPath, null, "If-Match", fresh).status()).isEqualTo(204);
	}

}

package io.passwordstage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;

/**
 * Whatever route produced an object, its representation is the same bytes: the answer to
 * a create or an update carries the ETag (a digest of the bytes sent) and the body that a
 * retrieve right after it gives.
 */
class OneRepresentationTest extends ApiTest {

	private static final String FLOWS = "/api/v3/flows/instances/";

	private static final String BINDINGS = "/api/v3/flows/bindings/";

	@Test
	void aStageWithItsFlowsReadsBackAsItsCreateAndUpdateAnsweredIt() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Response created = post(STAGES,
				StageBody.stage("one-" + suffix).flows("one-a-" + suffix, "one-b-" + suffix).json());
		String path = STAGES + created.json().get("pk").asString() + "/";
		assertSameAsRetrieve(created, path);

		Response patched = send("PATCH", path,
				"{\"failed_attempts_before_cancel\": 2, \"flow_set\": [" + StageBody.flow("one-c-" + suffix) + "]}",
				"application/json", BOOTSTRAP_KEY);
		assertSameAsRetrieve(patched, path);
	}

	@Test
	void aFlowReadsBackAsItsCreateAndUpdateAnsweredIt() {
		String slug = "one-flow-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = post(FLOWS, StageBody.flow(slug));
		assertSameAsRetrieve(created, FLOWS + slug + "/");

		Response patched = send("PATCH", FLOWS + slug + "/", "{\"title\": \"Another title\"}", "application/json",
				BOOTSTRAP_KEY);
		assertSameAsRetrieve(patched, FLOWS + slug + "/");
	}

	@Test
	void aBindingReadsBackAsItsCreateAndUpdateAnsweredIt() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String flow = post(FLOWS, StageBody.flow("one-bound-" + suffix)).json().get("pk").asString();
		String stage = post(STAGES, StageBody.stage("one-bound-" + suffix).json()).json().get("pk").asString();
		Response created = post(BINDINGS,
				"{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 10}");
		String path = BINDINGS + created.json().get("pk").asString() + "/";
		assertSameAsRetrieve(created, path);

		Response patched = send("PATCH", path, "{\"order\": 20}", "application/json", BOOTSTRAP_KEY);
		assertSameAsRetrieve(patched, path);
	}

	private void assertSameAsRetrieve(Response written, String path) {
		assertThat(written.status()).as(written.body()).isIn(200, 201);
		Response read = send("GET", path, null, null, BOOTSTRAP_KEY);
		assertThat(written.body()).isEqualTo(read.body());
		assertThat(written.header("ETag")).isNotNull().isEqualTo(read.header("ETag"));
	}

}

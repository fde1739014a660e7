package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the viewset tests: stages with unique names and superuser requests. */
abstract class StageApiTest extends ApiTest {

	/** A name or slug no other test uses: the label and eight random hex digits. */
	static String unique(String label) {
		return label + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A stage created as the superuser. */
	JsonNode createStage(StageBody body) {
		Response response = post(STAGES, body.json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/** A stage with the inbuilt backend and authentik's defaults, bound to no flow. */
	JsonNode createNamed(String name) {
		return createStage(StageBody.stage(name));
	}

	/** A stage bound to one new authentication flow per slug ({@link StageBody#flow}). */
	JsonNode createWithFlows(String name, String... slugs) {
		return createStage(StageBody.stage(name).flows(slugs));
	}

	static String detail(String pk) {
		return STAGES + pk + "/";
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response put(String path, String json) {
		return send("PUT", path, json, "application/json", BOOTSTRAP_KEY);
	}

	Response patch(String path, String json) {
		return send("PATCH", path, json, "application/json", BOOTSTRAP_KEY);
	}

	Response delete(String path) {
		return send("DELETE", path, null, null, BOOTSTRAP_KEY);
	}

	/** The stage as the API shows it now. */
	JsonNode current(String pk) {
		Response response = get(detail(pk));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}

package io.passwordstage.flow;

import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the flow API's tests: paths and small builders. */
abstract class FlowTest extends ApiTest {

	static final String FLOWS = "/api/v3/flows/instances/";

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String flowBody(String slug) {
		return "{\"name\": \"Flow " + slug + "\", \"slug\": \"" + slug
				+ "\", \"title\": \"Welcome\", \"designation\": \"authentication\"}";
	}

	JsonNode createFlow(String slug) {
		return createFlowFrom(flowBody(slug));
	}

	JsonNode createFlowFrom(String body) {
		Response response = post(FLOWS, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/**
	 * A password stage bound into a new flow with this slug, through {@code flow_set}.
	 */
	JsonNode createStageInFlow(String stageName, String slug) {
		Response response = post(STAGES, StageBody.stage(stageName).flows(slug).json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response write(String method, String path, String body) {
		return send(method, path, body, "application/json", BOOTSTRAP_KEY);
	}

	/** A new flow whose {@code authentication} is {@code require_token}: the answer. */
	Response postRequireToken(String slug) {
		return post(FLOWS, "{\"name\": \"n\", \"slug\": \"" + slug
				+ "\", \"title\": \"t\", \"designation\": \"authentication\", \"authentication\": \"require_token\"}");
	}

	/** The answer refuses {@code require_token}, a choice of the 2026.8 line only. */
	static void refusesRequireToken(Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"authentication\":[\"\\\"require_token\\\" is not a valid choice.\"]}");
	}

}

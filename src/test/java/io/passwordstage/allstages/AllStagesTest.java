package io.passwordstage.allstages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the {@code /stages/all/} tests: password stages created through their own
 * API, superuser requests, and a password stage's entry as the polymorphic API shows it.
 */
abstract class AllStagesTest extends ApiTest {

	static final String ALL = "/api/v3/stages/all/";

	static final String STAGE_KEYS = "pk,name,component,verbose_name,verbose_name_plural,meta_model_name,flow_set";

	static final String NO_STAGE = "{\"detail\":\"No Stage matches the given query.\"}";

	static final String NOT_FOUND = "{\"detail\":\"Not found.\"}";

	static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

	/** A name or slug no other test uses: the label and eight random hex digits. */
	static String unique(String label) {
		return label + UUID.randomUUID().toString().substring(0, 8);
	}

	static String detail(String pk) {
		return ALL + pk + "/";
	}

	static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A password stage created as the superuser. */
	JsonNode create(StageBody body) {
		Response response = post(STAGES, body.json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/** {@code prefix-suffix} for each suffix, created in the order given. */
	List<JsonNode> createNamed(String prefix, String... suffixes) {
		List<JsonNode> stages = new ArrayList<>();
		for (String suffix : suffixes) {
			stages.add(create(StageBody.stage(prefix + "-" + suffix)));
		}
		return stages;
	}

	JsonNode createWithFlows(String name, String... slugs) {
		return create(StageBody.stage(name).flows(slugs));
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response delete(String path) {
		return send("DELETE", path, null, null, BOOTSTRAP_KEY);
	}

	/** The names of a list page's results, comma separated. */
	static String names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("results").forEach(stage -> names.add(stage.get("name").stringValue()));
		return String.join(",", names);
	}

	/** A password stage's entry in {@code /stages/all/}: its first seven keys. */
	static ObjectNode asStage(JsonNode passwordStage) {
		ObjectNode stage = JSON.createObjectNode();
		for (String key : STAGE_KEYS.split(",")) {
			stage.set(key, passwordStage.get(key));
		}
		return stage;
	}

	static List<String> keys(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

}

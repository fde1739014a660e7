package io.passwordstage.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A request's JSON body, read whole before the controller runs: the parsed document, or
 * the failure that reading it met (415, 413, a parse error). The failure is raised where
 * authentik's parser would raise it, when the body is first needed: after the permission
 * check and, on a detail route, after the object was found.
 */
public final class JsonBody {

	private static final JsonBody EMPTY = new JsonBody(JsonNodeFactory.instance.objectNode(), null);

	private final JsonNode document;

	private final ApiException failure;

	private JsonBody(JsonNode document, ApiException failure) {
		this.document = document;
		this.failure = failure;
	}

	/** No body at all: DRF's empty {@code {}}. */
	public static JsonBody empty() {
		return EMPTY;
	}

	public static JsonBody of(JsonNode document) {
		return new JsonBody(document, null);
	}

	static JsonBody failed(ApiException failure) {
		return new JsonBody(null, failure);
	}

	/** The document, or the reading's failure. */
	public JsonNode document() {
		if (failure != null) {
			throw failure;
		}
		return document;
	}

}

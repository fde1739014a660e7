package io.passwordstage.web;

import tools.jackson.databind.JsonNode;

/**
 * DRF's first step for one request type: a JSON body's fields coerced into typed values,
 * with what was sent ({@link ObjectFields#sent()}) and the errors only that step can give
 * (wrong types, explicit nulls). Needs no database.
 */
public interface DrfStep<T> {

	Class<T> type();

	/**
	 * The body's fields; DRF's {@code non_field_errors} when it is not an object.
	 */
	default ObjectFields fields(JsonNode body) {
		return ObjectFields.ofBody(body);
	}

	T read(ObjectFields fields);

}

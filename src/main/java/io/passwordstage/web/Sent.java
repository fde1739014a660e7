package io.passwordstage.web;

import java.util.Map;
import java.util.Set;

/**
 * What a client sent in a body, beside its typed values: the keys present, and the errors
 * DRF's first step gave (wrong types, explicit nulls), by key.
 */
public record Sent(Set<String> keys, Map<String, Object> errors) {

	/** Nothing sent: a request built by the service itself. */
	public static final Sent NOTHING = new Sent(Set.of(), Map.of());

	public boolean has(String key) {
		return keys.contains(key);
	}

}

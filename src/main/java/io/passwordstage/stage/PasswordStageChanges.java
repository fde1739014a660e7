package io.passwordstage.stage;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.passwordstage.flow.FlowSetRequest;

/**
 * A validated write: the keys the client sent ({@code present}) and their parsed values.
 */
record PasswordStageChanges(Set<String> present, String name, List<FlowSetRequest> flowSet, List<String> backends,
		UUID configureFlow, Integer failedAttemptsBeforeCancel, Boolean allowShowPassword) {

	boolean has(String field) {
		return present.contains(field);
	}

}

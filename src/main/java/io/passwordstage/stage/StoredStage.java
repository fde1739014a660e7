package io.passwordstage.stage;

import java.util.List;
import java.util.UUID;

import io.passwordstage.flow.FlowSet;

/**
 * A password stage as stored: its row joined with its base stage's name, before its flows
 * are added.
 */
record StoredStage(UUID id, String name, List<String> backends, UUID configureFlow, int failedAttemptsBeforeCancel,
		boolean allowShowPassword) {

	PasswordStage withFlows(List<FlowSet> flowSet) {
		return PasswordStage.of(id, name, flowSet, backends, configureFlow, failedAttemptsBeforeCancel,
				allowShowPassword);
	}

}

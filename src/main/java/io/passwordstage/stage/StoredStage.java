package io.passwordstage.stage;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.passwordstage.flow.FlowSet;

/** A password stage as stored: its row joined with its base stage's name. */
record StoredStage(UUID id, String name, List<String> backends, UUID configureFlow, int failedAttemptsBeforeCancel,
		boolean allowShowPassword) {

	static final int DEFAULT_FAILED_ATTEMPTS = 5;

	/**
	 * A new stage from a validated create: authentik's defaults for the fields left out.
	 */
	static StoredStage create(PasswordStageChanges changes) {
		return new StoredStage(UUID.randomUUID(), changes.name(), changes.backends(), null, DEFAULT_FAILED_ATTEMPTS,
				false)
			.apply(changes);
	}

	/** The stage with the fields present in a validated write. */
	StoredStage apply(PasswordStageChanges changes) {
		return new StoredStage(id, changes.has("name") ? changes.name() : name,
				changes.has("backends") ? List.copyOf(changes.backends()) : backends,
				changes.has("configure_flow") ? changes.configureFlow() : configureFlow,
				changes.has("failed_attempts_before_cancel") ? changes.failedAttemptsBeforeCancel()
						: failedAttemptsBeforeCancel,
				changes.has("allow_show_password") ? changes.allowShowPassword() : allowShowPassword);
	}

	/** Whether the password stage's own row (everything but the name) differs. */
	boolean settingsDiffer(StoredStage other) {
		return !backends.equals(other.backends) || !Objects.equals(configureFlow, other.configureFlow)
				|| failedAttemptsBeforeCancel != other.failedAttemptsBeforeCancel
				|| allowShowPassword != other.allowShowPassword;
	}

	PasswordStage withFlows(List<FlowSet> flowSet) {
		return PasswordStage.of(id, name, flowSet, backends, configureFlow, failedAttemptsBeforeCancel,
				allowShowPassword);
	}

}

package io.passwordstage.stage;

import java.util.List;

import io.passwordstage.flow.FlowSetInput;
import io.passwordstage.web.RelatedPk;

/**
 * A password stage's create or update body past DRF's first step: each key's typed value,
 * {@code null} when absent or when it could not be coerced.
 */
public record PasswordStageInput(String name, FlowSetInput flowSet, List<String> backends, RelatedPk configureFlow,
		Long failedAttemptsBeforeCancel, Boolean allowShowPassword) {
}

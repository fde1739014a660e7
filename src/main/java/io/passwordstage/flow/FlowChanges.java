package io.passwordstage.flow;

import java.util.Set;

/**
 * A validated flow write: the values sent ({@code null} where left out) and which keys
 * were present.
 */
record FlowChanges(Set<String> present, String name, String slug, String title, String designation,
		String policyEngineMode, Boolean compatibilityMode, String layout, String deniedAction, String authentication,
		String background) {
}

package io.passwordstage.flow;

/**
 * A flow's create or update body past DRF's first step: each key's typed value,
 * {@code null} when absent or when it could not be coerced.
 */
public record FlowInput(String name, String slug, String title, String designation, String policyEngineMode,
		Boolean compatibilityMode, String layout, String deniedAction, String authentication, String background) {
}

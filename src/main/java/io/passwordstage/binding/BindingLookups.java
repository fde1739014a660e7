package io.passwordstage.binding;

import java.util.UUID;

/**
 * What validating a binding write asks the database.
 */
interface BindingLookups {

	/**
	 * Whether validation asks even when every other rule holds; when not, the schema's
	 * foreign keys and unique constraint answer these questions as the write runs.
	 */
	default boolean askAlways() {
		return true;
	}

	/** The same answers, asked only when another rule failed. */
	default BindingLookups whenAnotherRuleFails() {
		BindingLookups asked = this;
		return new BindingLookups() {
			@Override
			public boolean askAlways() {
				return false;
			}

			@Override
			public boolean flowExists(UUID id) {
				return asked.flowExists(id);
			}

			@Override
			public boolean stageExists(UUID id) {
				return asked.stageExists(id);
			}

			@Override
			public boolean taken(UUID target, UUID stage, int order, UUID self) {
				return asked.taken(target, stage, order, self);
			}
		};
	}

	default boolean flowExists(UUID id) {
		return true;
	}

	default boolean stageExists(UUID id) {
		return true;
	}

	/**
	 * Whether a binding other than {@code self} (none when null) has this flow, stage and
	 * order.
	 */
	default boolean taken(UUID target, UUID stage, int order, UUID self) {
		return false;
	}

}

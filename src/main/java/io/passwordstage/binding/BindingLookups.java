package io.passwordstage.binding;

import java.util.UUID;

/**
 * What validating a binding write asks the database. {@link #NONE} asks nothing: the
 * write then relies on the schema's foreign keys and unique constraint, and a violation
 * sends the body through the validation that asks (see
 * {@link FlowStageBindingService#create}).
 */
interface BindingLookups {

	BindingLookups NONE = new BindingLookups() {
	};

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

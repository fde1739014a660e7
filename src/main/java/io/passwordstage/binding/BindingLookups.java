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

	boolean flowExists(UUID id);

	boolean stageExists(UUID id);

	/**
	 * Whether a binding other than {@code self} (none when null) has this flow, stage and
	 * order.
	 */
	boolean taken(UUID target, UUID stage, int order, UUID self);

}

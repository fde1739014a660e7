package io.passwordstage.stage;

import java.util.UUID;

/**
 * What validating a write asks the database.
 */
interface StageLookups {

	/**
	 * Whether validation asks even when every other rule holds; when not, the schema's
	 * unique and foreign-key constraints answer these questions as the write runs.
	 */
	default boolean askAlways() {
		return true;
	}

	/** Whether another stage, of any kind, has this name. */
	default boolean nameTaken(String name) {
		return false;
	}

	default boolean flowExists(UUID id) {
		return true;
	}

	/** Whether a flow with this slug exists. */
	default boolean slugTaken(String slug) {
		return false;
	}

	/** Whether this slug names a flow the stage is already bound to. */
	default boolean boundHere(String slug) {
		return false;
	}

}

package io.passwordstage.stage;

import java.util.UUID;

/**
 * What validating a write asks the database. {@link #NONE} asks nothing: the write then
 * relies on the schema's unique and foreign-key constraints, and a violation sends the
 * body through the validation that asks (see {@link PasswordStageService#create}).
 */
interface StageLookups {

	StageLookups NONE = new StageLookups() {
	};

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

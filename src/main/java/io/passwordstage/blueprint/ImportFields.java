package io.passwordstage.blueprint;

/**
 * The descriptions of the import's fields that this service adds to authentik's form
 * ({@link ImportOptions}).
 */
final class ImportFields {

	static final String PLAN = "Answer what each entry did, as plan (an addition of this service)";

	static final String DRY_RUN = "Compute the same answer, plan included, and write nothing (an addition of this"
			+ " service)";

	static final String CONFLICT = "What to do with an entry whose object exists: state (each entry's own state,"
			+ " the default), skip, fail (the whole import), overwrite, replace (overwrite, and a flow of the file"
			+ " keeps only the bindings the file lists) (an addition of this service)";

	private ImportFields() {
	}

}

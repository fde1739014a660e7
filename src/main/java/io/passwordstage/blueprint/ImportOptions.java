package io.passwordstage.blueprint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.FieldInvalid;
import io.passwordstage.web.MultipartForm;
import io.passwordstage.web.ValidationFailedException;

/**
 * What an import asks beyond authentik's fields: {@code plan} (answer what each entry
 * did), {@code dry_run} (compute the same answer, plan included, and write nothing) and
 * {@code conflict} (what to do with entries whose object exists).
 */
record ImportOptions(boolean plan, boolean dryRun, Conflict conflict) {

	static final ImportOptions AUTHENTIKS = new ImportOptions(false, false, Conflict.STATE);

	/** The policy for an entry whose object exists already. */
	enum Conflict {

		/** Each entry's own {@code state} decides (authentik's behaviour). */
		STATE,
		/** An existing object is left as it is. */
		SKIP,
		/** Any existing object fails the whole import; nothing is written. */
		FAIL,
		/** An existing object is updated with the entry's values, whatever its state. */
		OVERWRITE,
		/**
		 * {@link #OVERWRITE}, and a flow of the file ends with exactly the bindings the
		 * file lists.
		 */
		REPLACE;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Whether the answer carries the plan. */
	boolean answersPlan() {
		return plan || dryRun;
	}

	/**
	 * The options in {@code form}; values it cannot read are a 400 naming each such
	 * field.
	 */
	static ImportOptions of(MultipartForm form) {
		Map<String, Object> errors = new LinkedHashMap<>();
		boolean plan = bool(form, "plan", errors);
		boolean dryRun = bool(form, "dry_run", errors);
		Conflict conflict = Conflict.STATE;
		String value = form.optionalField("conflict");
		if (value != null) {
			try {
				conflict = Conflict.valueOf(value.toUpperCase(Locale.ROOT));
				if (!conflict.value().equals(value)) {
					throw new IllegalArgumentException(value);
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put("conflict", List.of("\"" + value + "\" is not a valid choice."));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		return new ImportOptions(plan, dryRun, conflict);
	}

	private static boolean bool(MultipartForm form, String field, Map<String, Object> errors) {
		String value = form.optionalField(field);
		if (value == null) {
			return false;
		}
		try {
			return DrfCoercion.bool(value);
		}
		catch (FieldInvalid ex) {
			errors.put(field, ex.detail());
			return false;
		}
	}

}

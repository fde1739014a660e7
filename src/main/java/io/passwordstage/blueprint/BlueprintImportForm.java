package io.passwordstage.blueprint;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.passwordstage.web.MultipartForm;
import io.passwordstage.web.ValidationFailedException;

/**
 * The blueprint import's form as DRF reads it, every field before answering (a 400 names
 * each field it cannot read): the blueprint sent as {@code file} or named by {@code path}
 * in the operator's blueprints directory (neither may be given), the {@code context} its
 * {@code !Context} tags read, and the import's options.
 */
record BlueprintImportForm(byte[] file, Path path, Map<String, Object> context, ImportOptions options) {

	static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";

	static BlueprintImportForm read(MultipartForm form, BlueprintFiles files) {
		byte[] file = form.file("file");
		String path = form.optionalField("path");
		Map<String, Object> errors = new LinkedHashMap<>();
		if (file == null && form.optionalField("file") != null) {
			errors.put("file", List.of(NOT_A_FILE));
		}
		Path named = path == null ? null : collecting(errors, () -> files.resolve(path), null);
		Map<String, Object> context = collecting(errors, () -> ImportContext.parse(form.field("context")), Map.of());
		ImportOptions options = collecting(errors, () -> ImportOptions.of(form), ImportOptions.AUTHENTIKS);
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		return new BlueprintImportForm(file, named, context, options);
	}

	/**
	 * What {@code read} gives, or {@code otherwise} with its field errors added to
	 * {@code errors}.
	 */
	private static <T> T collecting(Map<String, Object> errors, Supplier<T> read, T otherwise) {
		try {
			return read.get();
		}
		catch (ValidationFailedException ex) {
			errors.putAll(ex.errors());
			return otherwise;
		}
	}

}

package io.passwordstage.blueprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import io.passwordstage.web.ValidationFailedException;

/**
 * The blueprint files an import may name by {@code path}: {@code .yaml} files inside the
 * directory the operator configured ({@code AUTHENTIK_BLUEPRINTS_DIR}). A path is read
 * only once it is known to stay inside that directory: relative, without {@code ..}
 * segments, and, with every symbolic link followed, still inside it. Anything else is a
 * 400 on {@code path} before a byte is read.
 */
final class BlueprintFiles {

	static final String NOT_CONFIGURED = "Blueprint files are not available: the server has no blueprints directory"
			+ " (AUTHENTIK_BLUEPRINTS_DIR).";

	static final String OUTSIDE = "Path must name a file inside the blueprints directory.";

	static final String DOES_NOT_EXIST = "Blueprint file does not exist";

	static final String TOO_LARGE = "Blueprint file is larger than the limit of %d bytes.";

	private final Optional<Path> directory;

	private final long maxBytes;

	BlueprintFiles(Optional<Path> directory, long maxBytes) {
		this.directory = directory;
		this.maxBytes = maxBytes;
	}

	/**
	 * The blueprint file named {@code path}, with every link followed; nothing of it is
	 * read.
	 */
	Path resolve(String path) {
		return inside(realDirectory(), path);
	}

	/** The content of a file {@link #resolve} gave. */
	byte[] read(Path file) {
		try {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw refused(DOES_NOT_EXIST);
			}
			if (Files.size(file) > maxBytes) {
				throw refused(TOO_LARGE.formatted(maxBytes));
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw refused(DOES_NOT_EXIST);
		}
	}

	private Path realDirectory() {
		if (directory.isEmpty()) {
			throw refused(NOT_CONFIGURED);
		}
		try {
			return directory.get().toRealPath();
		}
		catch (IOException ex) {
			throw refused(NOT_CONFIGURED);
		}
	}

	/**
	 * {@code path} resolved in {@code root} with every link followed, refused unless it
	 * stays there.
	 */
	private static Path inside(Path root, String path) {
		if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.startsWith("/") || path.startsWith("~")) {
			throw refused(OUTSIDE);
		}
		Path relative;
		try {
			relative = Path.of(path);
		}
		catch (java.nio.file.InvalidPathException ex) {
			throw refused(OUTSIDE);
		}
		if (relative.isAbsolute()) {
			throw refused(OUTSIDE);
		}
		for (Path segment : relative) {
			if ("..".equals(segment.toString())) {
				throw refused(OUTSIDE);
			}
			if (segment.toString().startsWith(".")) {
				// authentik lists no file with a hidden part in its path
				throw refused(DOES_NOT_EXIST);
			}
		}
		if (!relative.getFileName().toString().endsWith(".yaml")) {
			throw refused(DOES_NOT_EXIST);
		}
		Path real;
		try {
			real = root.resolve(relative).toRealPath();
		}
		catch (IOException ex) {
			throw refused(DOES_NOT_EXIST);
		}
		if (!real.startsWith(root) || real.equals(root)) {
			throw refused(OUTSIDE);
		}
		return real;
	}

	private static ValidationFailedException refused(String message) {
		return ValidationFailedException.of("path", message);
	}

}

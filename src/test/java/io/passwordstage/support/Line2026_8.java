package io.passwordstage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.TestPropertySource;

/**
 * A test of the whole service in the 2026.8 line, with the blueprints directory of this
 * build ({@link Blueprints#DIRECTORY}): every such test shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = { "authentik.api-schema=2026.8",
		"authentik.blueprints-dir=${user.dir}/target/blueprints-test/blueprints" })
public @interface Line2026_8 {

	/**
	 * The blueprints directory: {@code blueprints} in a folder of the build, emptied when
	 * first used, which may hold files beside it.
	 */
	final class Blueprints {

		public static final Path ROOT = emptied(Path.of(System.getProperty("user.dir"), "target", "blueprints-test"));

		public static final Path DIRECTORY = ROOT.resolve("blueprints");

		private Blueprints() {
		}

		private static Path emptied(Path root) {
			try {
				if (Files.exists(root)) {
					try (Stream<Path> files = Files.walk(root)) {
						for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
							Files.delete(file);
						}
					}
				}
				Files.createDirectories(root);
				return root.toRealPath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

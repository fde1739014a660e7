package io.passwordstage.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other one way only: no package reaches, through its
 * imports, back to itself.
 */
class PackageCyclesTest {

	private static final Path SOURCES = Path.of("src/main/java/io/passwordstage");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.passwordstage\\.(\\w+)\\.",
			Pattern.MULTILINE);

	@Test
	void noPackageReachesItselfThroughItsImports() throws IOException {
		Map<String, Set<String>> uses = imports();
		List<String> cycles = new ArrayList<>();
		for (String start : uses.keySet()) {
			if (reaches(uses, start, start, new TreeSet<>())) {
				cycles.add(start);
			}
		}
		assertThat(uses).hasSizeGreaterThan(5);
		assertThat(cycles).as("packages in an import cycle, given %s", uses).isEmpty();
	}

	private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
		for (String next : uses.getOrDefault(from, Set.of())) {
			if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Set<String>> imports() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String pkg = relative.getName(0).toString();
				Set<String> used = uses.computeIfAbsent(pkg, key -> new TreeSet<>());
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).equals(pkg)) {
						used.add(matcher.group(1));
					}
				}
			}
		}
		return uses;
	}

}

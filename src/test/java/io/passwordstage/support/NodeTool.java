package io.passwordstage.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs npm and node in one of the project's JavaScript test folders, echoing their output
 * to the build log.
 */
public final class NodeTool {

	private NodeTool() {
	}

	/**
	 * Installs the folder's locked dependencies unless every one of {@code markers}
	 * (paths under node_modules, e.g. the installed packages) exists.
	 */
	public static void install(Path directory, String... markers) throws IOException, InterruptedException {
		Path modules = directory.resolve("node_modules");
		if (!Arrays.stream(markers).allMatch(marker -> Files.exists(modules.resolve(marker)))) {
			int exit = run(directory, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
			if (exit != 0) {
				throw new IllegalStateException("npm ci failed in " + directory);
			}
		}
	}

	/**
	 * Runs a command in {@code directory} with extra environment; returns its exit code.
	 */
	public static int run(Path directory, List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		Path output = Path.of("target", directory.getFileName() + "-" + command.get(0) + ".log").toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		System.out.println(Files.readString(output));
		if (!finished) {
			process.destroyForcibly();
			throw new IllegalStateException(command + " did not finish in 5 minutes");
		}
		return process.exitValue();
	}

}

package io.passwordstage.blueprint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.passwordstage.config.AuthentikProperties;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a blueprint file as authentik's {@code BlueprintLoader} does (YAML 1.1, safe
 * types only, one document), within limits a hostile file cannot get past: its size, its
 * nesting, the aliases it may use and the size of what they expand to. Of authentik's
 * custom tags only {@code !KeyOf} and {@code !Context} (the import's context, nothing
 * else) are understood; the others ({@code !Env}, {@code !File}, {@code !Find}, ...) read
 * the server's environment, files or other models, and a file using one is refused.
 */
@Component
final class BlueprintReader {

	/** An export holds one alias-free tree; hand-written blueprints use a few aliases. */
	static final int MAX_ALIASES = 20;

	static final int MAX_DEPTH = 40;

	/** Values, counted after aliases are expanded. */
	static final int MAX_VALUES = 100_000;

	private final int maxBytes;

	BlueprintReader(AuthentikProperties properties) {
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxBodyBytes());
	}

	Blueprint read(byte[] file) {
		return read(file, Map.of());
	}

	/**
	 * The blueprint in {@code file}, its {@code !Context} tags read from the file's own
	 * {@code context} merged with {@code context} (the import's, which wins).
	 */
	Blueprint read(byte[] file, Map<String, Object> context) {
		if (file.length > maxBytes) {
			throw new BlueprintInvalid("File is larger than the limit of " + maxBytes + " bytes");
		}
		Object parsed = parse(utf8(file));
		if (!(parsed instanceof Map<?, ?> raw)) {
			throw new BlueprintInvalid("The file is not a blueprint: its top level is not a mapping");
		}
		Map<String, Object> merged = ImportContext.merged(Tree.plain(raw.get("context"), MAX_DEPTH, MAX_VALUES),
				context);
		Object document = Tree.plain(raw, MAX_DEPTH, MAX_VALUES,
				reference -> merged.containsKey(reference.key()) ? merged.get(reference.key()) : reference.fallback());
		if (!(document instanceof Map<?, ?> root)) {
			throw new BlueprintInvalid("The file is not a blueprint: its top level is not a mapping");
		}
		Object version = root.containsKey("version") ? root.get("version") : 1;
		if (!(version instanceof Integer number) || number != 1) {
			throw new BlueprintInvalid("Invalid blueprint version");
		}
		List<Blueprint.Entry> entries = new ArrayList<>();
		for (Object entry : BlueprintEntries.list(root.get("entries"))) {
			entries.add(BlueprintEntries.entry(entry));
		}
		return new Blueprint(entries);
	}

	private Object parse(String text) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setNestingDepthLimit(MAX_DEPTH);
		options.setCodePointLimit(maxBytes);
		options.setAllowRecursiveKeys(false);
		try {
			return new Yaml(new BlueprintConstructor(options)).load(text);
		}
		catch (YAMLException ex) {
			throw new BlueprintInvalid("The file is not valid YAML: " + firstLine(ex.getMessage()));
		}
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BlueprintInvalid("The file is not UTF-8 text");
		}
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message.strip();
		int newline = text.indexOf('\n');
		text = newline < 0 ? text : text.substring(0, newline);
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

}

package io.passwordstage.blueprint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
		for (Object entry : entryList(root.get("entries"))) {
			entries.add(entry(entry));
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

	/** authentik takes a list of entries, or a mapping of named lists of them. */
	private static List<?> entryList(Object entries) {
		if (entries == null) {
			return List.of();
		}
		if (entries instanceof List<?> list) {
			return list;
		}
		if (entries instanceof Map<?, ?> sections) {
			List<Object> all = new ArrayList<>();
			for (Object section : sections.values()) {
				if (!(section instanceof List<?> list)) {
					throw new BlueprintInvalid("entries: each section must be a list of entries");
				}
				all.addAll(list);
			}
			return all;
		}
		throw new BlueprintInvalid("entries: must be a list of entries");
	}

	private static Blueprint.Entry entry(Object value) {
		if (!(value instanceof Map<?, ?> entry)) {
			throw new BlueprintInvalid("entries: each entry must be a mapping");
		}
		if (!(entry.get("model") instanceof String model)) {
			throw new BlueprintInvalid("entries: each entry needs a model (app_label.model_name)");
		}
		Object state = entry.containsKey("state") ? entry.get("state") : "present";
		Blueprint.State desired = switch (String.valueOf(state)) {
			case "present" -> Blueprint.State.PRESENT;
			case "created" -> Blueprint.State.CREATED;
			case "must_created" -> Blueprint.State.MUST_CREATED;
			case "absent" -> Blueprint.State.ABSENT;
			default -> throw new BlueprintInvalid("'" + state + "' is not a valid BlueprintEntryDesiredState");
		};
		if (entry.get("permissions") instanceof List<?> permissions && !permissions.isEmpty()) {
			throw new BlueprintInvalid(model + ": object permissions are not supported (this service has no users or"
					+ " roles to give them to)");
		}
		Object id = entry.get("id");
		if (id != null && !(id instanceof String)) {
			throw new BlueprintInvalid(model + ": id must be text");
		}
		return new Blueprint.Entry(model, desired, mapping(entry, "identifiers", model), mapping(entry, "attrs", model),
				(String) id, list(entry.get("conditions"), model));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapping(Map<?, ?> entry, String key, String model) {
		Object value = entry.get(key);
		if (value == null) {
			return new LinkedHashMap<>();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new BlueprintInvalid(model + ": " + key + " must be a mapping");
		}
		return new LinkedHashMap<>((Map<String, Object>) map);
	}

	private static List<Object> list(Object value, String model) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new BlueprintInvalid(model + ": conditions must be a list");
		}
		return new ArrayList<>(list);
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message.strip();
		int newline = text.indexOf('\n');
		text = newline < 0 ? text : text.substring(0, newline);
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

}

package io.passwordstage.rbac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.config.OpenApiSchemaTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rbac part of an OpenAPI document: its {@code /rbac/} paths and every component they
 * reference, directly or through other components; compared with the same part of
 * authentik's extract for a line.
 */
final class RbacDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RbacDocument() {
	}

	/**
	 * How the rbac paths of {@code document} (ours, as JSON) and their components differ
	 * from the extract's, leaving out the paths {@code leftOut} (which ours must not
	 * have).
	 */
	@SuppressWarnings("unchecked")
	static List<String> differences(String document, String extract, Set<String> leftOut) {
		Map<String, Object> ours = JSON.readValue(document, Map.class);
		Map<String, Object> theirs = OpenApiSchemaTest.extract(extract);
		List<String> differences = new ArrayList<>();
		Map<String, Object> ourPaths = rbacPaths(ours);
		Map<String, Object> theirPaths = rbacPaths(theirs);
		leftOut.forEach(path -> {
			if (ourPaths.containsKey(path)) {
				differences.add(path + " is served but listed as left out");
			}
			theirPaths.remove(path);
		});
		OpenApiSchemaTest.compare("paths", ourPaths, theirPaths, differences);
		Set<String> references = new LinkedHashSet<>();
		references(ourPaths, ours, references);
		references(theirPaths, theirs, references);
		for (String reference : references) {
			OpenApiSchemaTest.compare(reference, resolve(reference, ours), resolve(reference, theirs), differences);
		}
		return differences;
	}

	private static Map<String, Object> rbacPaths(Map<String, Object> document) {
		Map<String, Object> paths = new LinkedHashMap<>();
		OpenApiSchemaTest.paths(document).forEach((path, item) -> {
			if (path.startsWith("/rbac/")) {
				paths.put(path, item);
			}
		});
		return paths;
	}

	/** Every {@code $ref} under {@code node}, and theirs, transitively. */
	private static void references(Object node, Map<String, Object> document, Set<String> found) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("$ref") instanceof String reference && found.add(reference)) {
				references(resolve(reference, document), document, found);
			}
			map.values().forEach(value -> references(value, document, found));
		}
		else if (node instanceof List<?> list) {
			list.forEach(value -> references(value, document, found));
		}
	}

	private static Object resolve(String reference, Map<String, Object> document) {
		Object target = document;
		for (String part : reference.substring(2).split("/")) {
			target = target instanceof Map<?, ?> parent ? parent.get(part) : null;
		}
		return target;
	}

}

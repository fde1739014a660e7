package io.passwordstage.config;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document at {@code /api/v3/schema/} of the default line (2025.8) matches authentik
 * 2025.8's own schema for these paths (the extracts in
 * {@code src/test/resources/openapi}): paths, operation ids, parameters, request and
 * response components, required lists, enums and constraints. The only differences
 * allowed are the ones the service makes on purpose, listed below;
 * {@link OpenApiSchema2026Test} does the same for the 2026.2 line.
 */
public class OpenApiSchemaTest extends ApiTest {

	/** Paths the service adds: the audit trail. */
	static final Set<String> ADDED_PATHS = Set.of("/events/events/");

	/** Components of those added paths, and of the import's plan. */
	static final Set<String> ADDED_COMPONENTS = Set.of("Event", "PaginatedEventList", "BlueprintPlanItem");

	/**
	 * authentik's routes the service does not serve: running flows, diagrams and
	 * uploading background files. They are absent from the document and answer a JSON 404
	 * or 405.
	 */
	static final Set<String> LEFT_OUT_PATHS = Set.of("/flows/instances/{slug}/execute/",
			"/flows/instances/{slug}/diagram/", "/flows/instances/{slug}/set_background/");

	/**
	 * The conditional-request headers the service adds to object routes: removed from our
	 * document (after checking they are there) before it is compared.
	 */
	static final Set<String> ADDED_HEADERS = Set.of("If-Match", "If-None-Match");

	/**
	 * Properties the service adds to authentik's components: the import's plan, dry run
	 * and conflict policy, and the plan in its answer. Removed from our document (after
	 * checking they are there) before it is compared.
	 */
	static final Map<String, Set<String>> ADDED_PROPERTIES = Map.of("FileUploadRequest",
			Set.of("plan", "dry_run", "conflict"), "FlowUploadRequest", Set.of("plan", "dry_run", "conflict"),
			"BlueprintUploadRequest", Set.of("plan", "dry_run", "conflict"), "FlowImportResult", Set.of("plan"),
			"BlueprintImportResult", Set.of("plan"));

	/** Query parameters the service adds: the export's {@code portable}. */
	static final Set<String> ADDED_QUERY_PARAMETERS = Set.of("portable");

	/** Components only the left-out routes use. */
	static final Set<String> LEFT_OUT_COMPONENTS = Set.of("Link", "FlowDiagram");

	@Test
	@SuppressWarnings("unchecked")
	void matchesAuthentiksSchemaForItsPaths() {
		Map<String, Object> authentik = extract("/openapi/authentik-password-stage.yaml");
		Map<String, Object> flows = extract("/openapi/authentik-flows-and-stages-all-2025.8.yaml");
		paths(authentik).putAll(paths(flows));
		schemas(flows).forEach(schemas(authentik)::putIfAbsent);
		withAccess(authentik, "2025.8");
		Response response = send("GET", "/api/v3/schema/", null, null, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(differences(JSON.readValue(response.body(), Map.class), authentik, Set.of())).isEmpty();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> extract(String resource) {
		try (InputStream extract = OpenApiSchemaTest.class.getResourceAsStream(resource)) {
			return new Yaml().load(extract);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The line's extract with its access management paths (tokens, users, roles and
	 * permissions) and their components added.
	 */
	static Map<String, Object> withAccess(Map<String, Object> extract, String line) {
		Map<String, Object> access = extract("/openapi/authentik-access-" + line + ".yaml");
		paths(extract).putAll(paths(access));
		schemas(access).forEach(schemas(extract)::putIfAbsent);
		return extract;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> paths(Map<String, Object> document) {
		return (Map<String, Object>) document.get("paths");
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> schemas(Map<String, Object> document) {
		return (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
	}

	/**
	 * How our document differs from authentik's, beyond the additions and the left-out
	 * routes; {@code addedComponents} are further components ours may have.
	 */
	@SuppressWarnings("unchecked")
	static List<String> differences(Map<String, Object> ours, Map<String, Object> authentik,
			Set<String> addedComponents) {
		assertThat((String) ours.get("openapi")).startsWith("3.0");
		assertThat(ours.get("servers")).isEqualTo(List.of(Map.of("url", "/api/v3")));
		assertThat(withoutConditionalRequests(paths(ours))).as("object routes with ETags").isEqualTo(4);
		Map<String, Object> ourPaths = new LinkedHashMap<>(paths(ours));
		assertThat(ourPaths.keySet()).containsAll(ADDED_PATHS).doesNotContainAnyElementsOf(LEFT_OUT_PATHS);
		ourPaths.keySet().removeAll(ADDED_PATHS);
		Map<String, Object> theirPaths = new LinkedHashMap<>(paths(authentik));
		theirPaths.keySet().removeAll(LEFT_OUT_PATHS);
		Map<String, Object> ourSchemas = new LinkedHashMap<>(schemas(ours));
		ourSchemas.keySet().removeAll(ADDED_COMPONENTS);
		ADDED_PROPERTIES.forEach((component, properties) -> {
			if (ourSchemas.get(component) instanceof Map<?, ?> schema) {
				Map<String, Object> ourProperties = (Map<String, Object>) schema.get("properties");
				assertThat(ourProperties).as(component).containsKeys(properties.toArray(String[]::new));
				ourProperties.keySet().removeAll(properties);
			}
		});
		ourSchemas.keySet().removeAll(addedComponents);
		Map<String, Object> theirSchemas = new LinkedHashMap<>(schemas(authentik));
		theirSchemas.keySet().removeAll(LEFT_OUT_COMPONENTS);
		Map<String, Object> ourComponents = (Map<String, Object>) ours.get("components");
		Map<String, Object> theirComponents = (Map<String, Object>) authentik.get("components");

		List<String> differences = new ArrayList<>();
		compare("paths", ourPaths, theirPaths, differences);
		compare("schemas", ourSchemas, theirSchemas, differences);
		// an extract that lists the security schemes or the shared parameters and
		// responses is compared on them too; older extracts stop at the references
		compare("securitySchemes", ourComponents.get("securitySchemes"),
				theirComponents.containsKey("securitySchemes") ? theirComponents.get("securitySchemes")
						: ((Map<String, Object>) extract("/openapi/authentik-password-stage.yaml").get("components"))
							.get("securitySchemes"),
				differences);
		for (String shared : List.of("parameters", "responses")) {
			if (theirComponents.containsKey(shared)) {
				compare(shared, ourComponents.get(shared), theirComponents.get(shared), differences);
			}
		}
		danglingReferences(ours, ours, differences);
		return differences;
	}

	/**
	 * Strips the service's ETag additions (header parameters, the {@code ETag} response
	 * header, 304 and 412 responses); the number of paths that had them.
	 */
	@SuppressWarnings("unchecked")
	private static int withoutConditionalRequests(Map<String, Object> paths) {
		int tagged = 0;
		for (Object item : paths.values()) {
			boolean found = false;
			for (Object value : ((Map<String, Object>) item).values()) {
				Map<String, Object> operation = (Map<String, Object>) value;
				if (operation.get("parameters") instanceof List<?> parameters) {
					found |= parameters.removeIf(parameter -> parameter instanceof Map<?, ?> map
							&& "header".equals(map.get("in")) && ADDED_HEADERS.contains(map.get("name")));
					parameters.removeIf(parameter -> parameter instanceof Map<?, ?> map && "query".equals(map.get("in"))
							&& ADDED_QUERY_PARAMETERS.contains(map.get("name")));
					if (parameters.isEmpty()) {
						operation.remove("parameters");
					}
				}
				Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
				responses.remove("304");
				responses.remove("412");
				responses.values().forEach(response -> ((Map<String, Object>) response).remove("headers"));
			}
			tagged += found ? 1 : 0;
		}
		return tagged;
	}

	/** Every {@code $ref} names a component the document has. */
	@SuppressWarnings("unchecked")
	private static void danglingReferences(Object node, Map<String, Object> document, List<String> differences) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("$ref") instanceof String ref) {
				Object target = document;
				for (String part : ref.substring(2).split("/")) {
					target = target instanceof Map<?, ?> parent ? parent.get(part) : null;
				}
				if (target == null) {
					differences.add(ref + " does not resolve");
				}
			}
			map.values().forEach(value -> danglingReferences(value, document, differences));
		}
		else if (node instanceof List<?> list) {
			list.forEach(value -> danglingReferences(value, document, differences));
		}
	}

	@SuppressWarnings("unchecked")
	public static void compare(String path, Object ours, Object theirs, List<String> differences) {
		if (ours instanceof Map<?, ?> ourMap && theirs instanceof Map<?, ?> theirMap) {
			Set<Object> keys = new HashSet<>(ourMap.keySet());
			keys.addAll(theirMap.keySet());
			for (Object key : keys) {
				if (!ourMap.containsKey(key)) {
					differences.add(path + "/" + key + " is missing");
				}
				else if (!theirMap.containsKey(key)) {
					differences.add(path + "/" + key + " is extra");
				}
				else {
					compare(path + "/" + key, ourMap.get(key), theirMap.get(key), differences);
				}
			}
		}
		else if (ours instanceof List<?> ourList && theirs instanceof List<?> theirList) {
			if (path.endsWith("/required") || path.endsWith("/enum") || path.endsWith("/tags")) {
				if (!new HashSet<>(ourList).equals(new HashSet<>(theirList))) {
					differences.add(path + ": " + ourList + " != " + theirList);
				}
			}
			else if (path.endsWith("/parameters")) {
				compare(path, byName((List<Map<String, Object>>) ourList),
						byName((List<Map<String, Object>>) theirList), differences);
			}
			else if (ourList.size() != theirList.size()) {
				differences.add(path + ": " + ourList + " != " + theirList);
			}
			else {
				for (int i = 0; i < ourList.size(); i++) {
					compare(path + "/" + i, ourList.get(i), theirList.get(i), differences);
				}
			}
		}
		else if (!Objects.equals(normal(ours), normal(theirs))) {
			differences.add(path + ": " + ours + " != " + theirs);
		}
	}

	private static Map<String, Object> byName(List<Map<String, Object>> parameters) {
		Map<String, Object> byName = new LinkedHashMap<>();
		parameters.forEach(parameter -> byName.put(parameter.get("in") + ":" + parameter.get("name"), parameter));
		return byName;
	}

	/**
	 * YAML reads 2147483647 as an Integer and JSON may read it as a Long; compare numbers
	 * by value.
	 */
	private static Object normal(Object value) {
		return value instanceof Number number ? number.toString() : value;
	}

}

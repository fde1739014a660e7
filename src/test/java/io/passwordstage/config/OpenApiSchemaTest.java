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
 * The document at {@code /api/v3/schema/} matches authentik's own schema for these paths
 * (the extract in {@code src/test/resources/openapi}): paths, operation ids, parameters,
 * request and response components, required lists, enums and constraints. The only
 * differences allowed are the ones the service adds on purpose, listed below.
 */
class OpenApiSchemaTest extends ApiTest {

	/** Paths the service adds: token management and the audit trail. */
	private static final Set<String> ADDED_PATHS = Set.of("/core/tokens/", "/core/tokens/{identifier}/",
			"/events/events/");

	/** Components of those added paths. */
	private static final Set<String> ADDED_COMPONENTS = Set.of("Token", "TokenRequest", "TokenPermissionEnum",
			"PaginatedTokenList", "Event", "PaginatedEventList");

	@Test
	@SuppressWarnings("unchecked")
	void matchesAuthentiksSchemaForPasswordStagePaths() throws Exception {
		Map<String, Object> authentik;
		try (InputStream extract = getClass().getResourceAsStream("/openapi/authentik-password-stage.yaml")) {
			authentik = new Yaml().load(extract);
		}
		Response response = send("GET", "/api/v3/schema/", null, null, null);
		assertThat(response.status()).isEqualTo(200);
		Map<String, Object> ours = JSON.readValue(response.body(), Map.class);

		assertThat((String) ours.get("openapi")).startsWith("3.0");
		assertThat(ours.get("servers")).isEqualTo(List.of(Map.of("url", "/api/v3")));
		Map<String, Object> ourPaths = new LinkedHashMap<>((Map<String, Object>) ours.get("paths"));
		assertThat(ourPaths.keySet()).containsAll(ADDED_PATHS);
		ourPaths.keySet().removeAll(ADDED_PATHS);
		Map<String, Object> ourComponents = (Map<String, Object>) ours.get("components");
		Map<String, Object> ourSchemas = new LinkedHashMap<>((Map<String, Object>) ourComponents.get("schemas"));
		ourSchemas.keySet().removeAll(ADDED_COMPONENTS);
		Map<String, Object> theirComponents = (Map<String, Object>) authentik.get("components");

		List<String> differences = new ArrayList<>();
		compare("paths", ourPaths, authentik.get("paths"), differences);
		compare("schemas", ourSchemas, theirComponents.get("schemas"), differences);
		compare("securitySchemes", ourComponents.get("securitySchemes"), theirComponents.get("securitySchemes"),
				differences);
		assertThat(differences).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static void compare(String path, Object ours, Object theirs, List<String> differences) {
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

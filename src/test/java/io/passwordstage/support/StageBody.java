package io.passwordstage.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.passwordstage.stage.Backend;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a password stage request, built field by field in the order given.
 * Values are kept as JSON text, so that a test can send exactly the text it means
 * ({@code 1e3}, {@code 2.50}, an escaped lone surrogate); {@link #set} writes a Java
 * value as JSON. Rendered as {@code {"name": "x", "backends": ["..."]}}.
 */
public final class StageBody {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> fields = new LinkedHashMap<>();

	private StageBody() {
	}

	/**
	 * An empty body, to which fields are added: a PATCH, or a create body missing some.
	 */
	public static StageBody body() {
		return new StageBody();
	}

	/**
	 * The smallest valid create body: the name and the inbuilt backend, with authentik's
	 * defaults for everything else.
	 */
	public static StageBody stage(String name) {
		return body().name(name).backends(Backend.INBUILT);
	}

	public StageBody name(String name) {
		return set("name", name);
	}

	public StageBody backends(Backend... backends) {
		return backends(Arrays.stream(backends).map(Backend::value).toArray(String[]::new));
	}

	/** {@code backends} as given, e.g. with values that are no backend. */
	public StageBody backends(String... values) {
		return raw("backends", Arrays.stream(values).map(StageBody::quoted).collect(joining()));
	}

	/**
	 * {@code flow_set} of one {@link #flow} per slug: authentication flows to create or
	 * keep.
	 */
	public StageBody flows(String... slugs) {
		return flows(List.of(slugs));
	}

	public StageBody flows(List<String> slugs) {
		return raw("flow_set", slugs.stream().map(StageBody::flow).collect(joining()));
	}

	/** {@code flow_set} of the given items, each JSON text. */
	public StageBody flowSet(String... items) {
		return raw("flow_set", Arrays.stream(items).collect(joining()));
	}

	/** A field with a Java value (string, number, boolean, null, list or map) as JSON. */
	public StageBody set(String field, Object value) {
		return raw(field, JSON.writeValueAsString(value));
	}

	/** A field with a value given as JSON text, sent as it is written. */
	public StageBody raw(String field, String json) {
		fields.put(field, json);
		return this;
	}

	public String json() {
		List<String> members = new ArrayList<>();
		fields.forEach((field, value) -> members.add(quoted(field) + ": " + value));
		return "{" + String.join(", ", members) + "}";
	}

	public ObjectNode tree() {
		return (ObjectNode) JSON.readTree(json());
	}

	@Override
	public String toString() {
		return json();
	}

	/**
	 * A {@code flow_set} item for a new flow of the designation: named and titled after
	 * its slug ({@code Name <slug>}, {@code Title <slug>}).
	 */
	public static String flow(String slug, String designation) {
		return "{\"name\": " + quoted("Name " + slug) + ", \"slug\": " + quoted(slug) + ", \"title\": "
				+ quoted("Title " + slug) + ", \"designation\": " + quoted(designation) + "}";
	}

	/** A {@code flow_set} item for a new authentication flow. */
	public static String flow(String slug) {
		return flow(slug, "authentication");
	}

	/** The slugs of the {@code flow_set} of a stage as the API answered it. */
	public static List<String> slugsOf(String stageJson) {
		List<String> slugs = new ArrayList<>();
		tree(stageJson).get("flow_set").forEach(item -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	/** JSON text parsed, e.g. a response body. */
	public static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

	private static String quoted(String value) {
		return JSON.writeValueAsString(value);
	}

	private static java.util.stream.Collector<CharSequence, ?, String> joining() {
		return Collectors.joining(", ", "[", "]");
	}

}

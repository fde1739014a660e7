package io.passwordstage.stage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Derives hostile variants of a valid JSON body: dropped keys, values of other types,
 * duplicates, cuts, stray bytes.
 */
final class BodyMutator {

	/** One generated request body, its content type and what was done to it. */
	record Mutant(String description, byte[] body, String contentType) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> VALUES = List.of("null", "true", "false", "1", "-1", "0", "0.5", "1e400",
			"-1e400", "12345678901234567890123", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"",
			"\"x\\udc00\"", "\"" + "x".repeat(100_000) + "\"", "\"" + "\u00e9\ud83d\ude00".repeat(400) + "\"", "[]",
			"{}", "[null]", "[[1, [2, [3]]], {\"a\": {\"b\": {}}}]", "{\"name\": {}, \"slug\": []}",
			"[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
			"\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"" + Backend.INBUILT.value() + "\"",
			"\"<script>alert(1)</script>\"", "\"'; drop table authentik_flows_stage; --\"");

	private static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
			"application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/*", "*/*",
			"application/merge-patch+json", "application/json;;;", "json", "application/vnd.api+json", "text/json");

	private static final List<byte[]> BYTES = List.of(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xFE, (byte) 0xFF }, new byte[] { (byte) 0xC3, 0x28 },
			new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0x80 },
			new byte[] { 0 }, new byte[] { (byte) 0x80 }, new byte[] { '"' }, new byte[] { ',', '}' });

	private final Random random;

	BodyMutator(Random random) {
		this.random = random;
	}

	/** A variant of the valid body with one to three mutations. */
	Mutant mutate(ObjectNode valid) {
		List<String> done = new ArrayList<>();
		JsonNode tree = valid.deepCopy();
		List<String> raw = new ArrayList<>();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			tree = mutateTree(tree, raw, done);
		}
		String text = JSON.writeValueAsString(tree);
		for (int i = 0; i < raw.size(); i++) {
			text = text.replace("\"@@hostile" + i + "@@\"", raw.get(i));
		}
		if (random.nextInt(8) == 0 && text.startsWith("{")) {
			String key = pick(List.of("name", "backends", "flow_set", "failed_attempts_before_cancel"));
			String value = pick(VALUES);
			text = "{\"" + key + "\": " + value + ", " + text.substring(1);
			done.add("duplicate " + key + " := " + abbreviate(value));
		}
		if (random.nextInt(8) == 0) {
			int at = random.nextInt(text.length() + 1);
			text = text.substring(0, at);
			done.add("truncate at " + at);
		}
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(6) == 0) {
			byte[] stray = random.nextInt(4) == 0 ? randomBytes() : pick(BYTES);
			int at = random.nextInt(4) == 0 ? 0 : random.nextInt(body.length + 1);
			body = insert(body, at, stray);
			done.add("insert bytes " + Arrays.toString(stray) + " at " + at);
		}
		String contentType = "application/json";
		if (random.nextInt(10) == 0) {
			contentType = pick(CONTENT_TYPES);
			done.add("content type " + contentType);
		}
		return new Mutant(String.join("; ", done), body, contentType);
	}

	private JsonNode mutateTree(JsonNode tree, List<String> raw, List<String> done) {
		List<Slot> slots = new ArrayList<>();
		collect(tree, "", slots);
		int choice = random.nextInt(10);
		if (choice == 0) {
			String value = pick(VALUES);
			raw.add(value);
			done.add("body := " + abbreviate(value));
			return StringNode.valueOf("@@hostile" + (raw.size() - 1) + "@@");
		}
		if (slots.isEmpty()) {
			return tree;
		}
		Slot slot = pick(slots);
		if (choice <= 3) {
			slot.remove();
			done.add("drop " + slot.path());
		}
		else {
			String value = pick(VALUES);
			raw.add(value);
			slot.replace(StringNode.valueOf("@@hostile" + (raw.size() - 1) + "@@"));
			done.add(slot.path() + " := " + abbreviate(value));
		}
		return tree;
	}

	private static void collect(JsonNode node, String path, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (String key : List.copyOf(object.propertyNames())) {
				slots.add(new Slot(object, key, -1, path + "." + key));
				collect(object.get(key), path + "." + key, slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i, path + "[" + i + "]"));
				collect(array.get(i), path + "[" + i + "]", slots);
			}
		}
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[1 + random.nextInt(8)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] insert(byte[] body, int at, byte[] stray) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + stray.length);
		out.write(body, 0, at);
		out.write(stray, 0, stray.length);
		out.write(body, at, body.length - at);
		return out.toByteArray();
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
	}

	/** A place in the tree: a key of an object or an index of an array. */
	private record Slot(JsonNode container, String key, int index, String path) {

		void remove() {
			if (container instanceof ObjectNode object) {
				object.remove(key);
			}
			else if (((ArrayNode) container).size() > index) {
				((ArrayNode) container).remove(index);
			}
		}

		void replace(JsonNode value) {
			if (container instanceof ObjectNode object) {
				object.set(key, value);
			}
			else if (((ArrayNode) container).size() > index) {
				((ArrayNode) container).set(index, value);
			}
		}

	}

}

package io.passwordstage.blueprint;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.passwordstage.support.ApiTest;

/** Base of the import's tests: paths, and a multipart upload of a blueprint file. */
abstract class ImportTest extends ApiTest {

	static final String FLOWS = "/api/v3/flows/instances/";

	static final String BINDINGS = "/api/v3/flows/bindings/";

	static final String IMPORT = FLOWS + "import/";

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String flowBody(String slug) {
		return "{\"name\": \"Flow " + slug + "\", \"slug\": \"" + slug
				+ "\", \"title\": \"Welcome\", \"designation\": \"authentication\"}";
	}

	/**
	 * The rows an import can write, together: flows, stages, bindings and audit events.
	 */
	static long rows() {
		return io.passwordstage.support.TestDatabase
			.count("select (select count(*) from authentik_flows_flow) + (select count(*) from authentik_flows_stage)"
					+ " + (select count(*) from authentik_flows_flowstagebinding)"
					+ " + (select count(*) from authentik_events_event)");
	}

	Response get(String path) {
		return send("GET", path, null, null, BOOTSTRAP_KEY);
	}

	Response importFile(String yaml) {
		return importFile(yaml, BOOTSTRAP_KEY);
	}

	Response importFile(String yaml, String token) {
		return importBytes(yaml.getBytes(StandardCharsets.UTF_8), token);
	}

	Response importBytes(byte[] file, String token) {
		return send(multipart("file", "flow.yaml", file, token));
	}

	HttpRequest multipart(String field, String fileName, Object content, String token) {
		String boundary = "----import" + UUID.randomUUID().toString().replace("-", "");
		byte[] value = content instanceof byte[] bytes ? bytes
				: String.valueOf(content).getBytes(StandardCharsets.UTF_8);
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/x-yaml")
				+ "\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + value.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(value, 0, body, start.length, value.length);
		System.arraycopy(end, 0, body, start.length + value.length, end.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(IMPORT))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

	Form form(String route, String token) {
		return new Form(route, token);
	}

	Response send(Form form) {
		return send(form.build());
	}

	/** A multipart form for an import route, as a client builds one. */
	final class Form {

		private final String route;

		private final String token;

		private final String boundary = "----form" + UUID.randomUUID().toString().replace("-", "");

		private final java.util.List<byte[]> parts = new java.util.ArrayList<>();

		Form(String route, String token) {
			this.route = route;
			this.token = token;
		}

		Form file(String content) {
			return part("file", "blob", content);
		}

		Form field(String name, String value) {
			return part(name, null, value);
		}

		private Form part(String name, String fileName, String content) {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
					+ (fileName == null ? ""
							: "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
					+ "\r\n\r\n";
			parts.add((head + content + "\r\n").getBytes(StandardCharsets.UTF_8));
			return this;
		}

		HttpRequest build() {
			var body = new java.io.ByteArrayOutputStream();
			parts.forEach(body::writeBytes);
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(route))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary);
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return request.build();
		}

	}

}

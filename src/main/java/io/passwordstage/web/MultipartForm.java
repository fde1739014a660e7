package io.passwordstage.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.springframework.http.HttpStatus;

/**
 * A {@code multipart/form-data} body, read whole before the controller runs: its files
 * (fields sent with a file name) and its plain fields. Parsed from the bytes with the
 * servlet container's own form parser.
 */
public final class MultipartForm {

	private static final MultipartForm EMPTY = new MultipartForm(Map.of(), Map.of(), null);

	private final Map<String, byte[]> files;

	private final Map<String, String> fields;

	private final ApiException failure;

	private MultipartForm(Map<String, byte[]> files, Map<String, String> fields, ApiException failure) {
		this.files = files;
		this.fields = fields;
		this.failure = failure;
	}

	static boolean accepts(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	/** No body: a form without fields. */
	static MultipartForm empty() {
		return EMPTY;
	}

	static MultipartForm failed(ApiException failure) {
		return new MultipartForm(Map.of(), Map.of(), failure);
	}

	/** The form in {@code body}; a body that is not one is a 415 or a 400 when used. */
	static MultipartForm parse(byte[] body, String contentType) {
		if (!accepts(contentType)) {
			return failed(
					new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorTexts.unsupportedMediaType(contentType)));
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		Map<String, String> fields = new LinkedHashMap<>();
		try {
			FileItemIterator items = new FileUpload().getItemIterator(new Bytes(body, contentType));
			while (items.hasNext()) {
				FileItemStream item = items.next();
				try (InputStream in = item.openStream()) {
					byte[] value = in.readAllBytes();
					if (item.getName() != null) {
						files.putIfAbsent(item.getFieldName(), value);
					}
					else {
						fields.putIfAbsent(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return failed(new ApiException(HttpStatus.BAD_REQUEST,
					"Multipart form parse error - the body is not a valid multipart form."));
		}
		return new MultipartForm(Map.copyOf(files), Map.copyOf(fields), null);
	}

	/** The content of the file sent as {@code name}, or {@code null}. */
	public byte[] file(String name) {
		requireReadable();
		return files.get(name);
	}

	/** The plain field {@code name}, or {@code null}. */
	public String field(String name) {
		requireReadable();
		return fields.get(name);
	}

	/**
	 * The plain field {@code name} as DRF reads an optional one: {@code null} when it was
	 * not sent or was sent empty.
	 */
	public String optionalField(String name) {
		String value = field(name);
		return value == null || value.isEmpty() ? null : value;
	}

	private void requireReadable() {
		if (failure != null) {
			throw failure;
		}
	}

	private record Bytes(byte[] body, String contentType) implements UploadContext {

		@Override
		public long contentLength() {
			return body.length;
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public String getContentType() {
			return contentType;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(body);
		}

	}

}

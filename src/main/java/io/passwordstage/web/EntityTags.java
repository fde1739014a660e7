package io.passwordstage.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Strong ETags of object responses: a digest of the representation as it is sent, so the
 * tag changes with every write that changes what a client sees. {@code GET} with a
 * matching {@code If-None-Match} is a 304 without a body; a write whose {@code If-Match}
 * does not match the object's current tag is a 412 (checked while the write holds the
 * object's row lock, so two writes with the same tag cannot both pass).
 */
@ControllerAdvice
public class EntityTags implements ResponseBodyAdvice<Object> {

	private final JsonMapper json;

	EntityTags(JsonMapper json) {
		this.json = json;
	}

	/** The strong tag of a representation. */
	public String tagOf(Object representation) {
		return tagOfBytes(json.writeValueAsBytes(representation));
	}

	private static String tagOfBytes(byte[] serialized) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(serialized);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * For a write under way on a locked object: a 412 when {@code ifMatch} (the request's
	 * {@code If-Match}) names neither {@code *} nor the object's current tag. Without one
	 * ({@code null}), last write wins, as in authentik.
	 */
	public void requireMatch(String ifMatch, Supplier<Object> current) {
		if (ifMatch == null || ifMatch.strip().equals("*")) {
			return;
		}
		if (!matches(ifMatch, tagOf(current.get()))) {
			throw new ApiException(HttpStatus.PRECONDITION_FAILED, ErrorTexts.PRECONDITION_FAILED);
		}
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof Tagged)) {
			return body;
		}
		// serialized once: the bytes hashed are the bytes sent
		byte[] serialized = json.writeValueAsBytes(body);
		String tag = tagOfBytes(serialized);
		response.getHeaders().setETag(tag);
		// the servlet request's own headers: Spring's parse of them refuses some
		// Content-Types a client may send (application/*)
		String ifNoneMatch = request instanceof ServletServerHttpRequest servlet
				? servlet.getServletRequest().getHeader(HttpHeaders.IF_NONE_MATCH) : null;
		if (HttpMethod.GET.equals(request.getMethod()) && ifNoneMatch != null
				&& (ifNoneMatch.strip().equals("*") || matches(ifNoneMatch.replace("W/", ""), tag))) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			return null;
		}
		return new Serialized(new String(serialized, StandardCharsets.UTF_8));
	}

	/** A representation already serialized, written as it is. */
	private record Serialized(String json) implements JacksonSerializable {

		@Override
		public void serialize(JsonGenerator generator, SerializationContext context) {
			generator.writeRawValue(json);
		}

		@Override
		public void serializeWithType(JsonGenerator generator, SerializationContext context,
				TypeSerializer typeSerializer) {
			serialize(generator, context);
		}

	}

	/**
	 * Strong comparison against a comma-separated list of tags: weak tags never match.
	 */
	private static boolean matches(String header, String tag) {
		return Arrays.stream(header.split(",")).map(String::strip).anyMatch(tag::equals);
	}

}

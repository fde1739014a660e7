package io.passwordstage.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The authentik schema line the service speaks, chosen by the operator with
 * {@code AUTHENTIK_API_SCHEMA}: responses and the OpenAPI document follow it exactly, so
 * that the clients generated from that line (which refuse keys they do not know, or
 * require keys the other line lacks) decode every answer.
 */
public enum ApiSchema {

	/** authentik 2025.8: {@code @goauthentik/api} 2025.x, Go client v3.2025080.x. */
	V2025_8("2025.8", "2025.8.1"),

	/**
	 * authentik 2026.2: {@code @goauthentik/api} 2026.x, Go client v3.2026xxx, the
	 * current Terraform provider.
	 */
	V2026_2("2026.2", "2026.2.2");

	private final String line;

	private final String release;

	ApiSchema(String line, String release) {
		this.line = line;
		this.release = release;
	}

	public String line() {
		return line;
	}

	/** The authentik release whose schema the document reproduces. */
	public String release() {
		return release;
	}

	public boolean atLeast2026() {
		return this == V2026_2;
	}

	/**
	 * The Bean Validation group of the rules that hold only in this line (a slug's length
	 * and text, the choices an enum offers).
	 */
	public Class<?> rules() {
		return this == V2026_2 ? Rules2026.class : Rules2025.class;
	}

	/** Validation group: rules of the 2025.8 line. */
	public interface Rules2025 {

	}

	/** Validation group: rules of the 2026.2 line. */
	public interface Rules2026 {

	}

	/**
	 * The line named {@code value}; anything else stops the service with this message.
	 */
	public static ApiSchema of(String value) {
		return Arrays.stream(values())
			.filter(schema -> schema.line.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("AUTHENTIK_API_SCHEMA must be one of "
					+ Arrays.stream(values()).map(ApiSchema::line).collect(Collectors.joining(", ")) + ", not '" + value
					+ "'"));
	}

}

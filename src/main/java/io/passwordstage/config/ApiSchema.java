package io.passwordstage.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authentik schema line the service speaks, chosen by the operator with
 * {@code AUTHENTIK_API_SCHEMA}: responses and the OpenAPI document follow it exactly, so
 * that the clients generated from that line (which refuse keys they do not know, or
 * require keys the other lines lack) decode every answer.
 *
 * <p>
 * A line is data: each constant below is the whole table of what sets its line apart, as
 * the {@link Difference}s it has. The code of a difference asks {@link #has}; routes
 * served only in some lines carry {@link ServedIn}, enum values only some lines offer
 * name their difference (the {@code WireEnum}s), and nothing else in the feature packages
 * names a line. authentik's next release is one more constant here (and its extract in
 * the schema test), plus code only for a difference no line had before.
 */
public enum ApiSchema {

	/** authentik 2025.8: {@code @goauthentik/api} 2025.x, Go client v3.2025080.x. */
	V2025_8("2025.8", "2025.8.1", Difference.SET_BACKGROUND_URL_ROUTE, Difference.FLOW_IMPORT_ROUTE,
			Difference.USER_PERMISSIONS),

	/**
	 * authentik 2026.2: {@code @goauthentik/api} 2026.2.x, Go client v3.2026020.x, the
	 * Terraform provider 2026.2.
	 */
	V2026_2("2026.2", "2026.2.2", Difference.SCHEMA_2026, Difference.FLOW_IMPORT_ROUTE, Difference.ROLE_MEMBERS),

	/**
	 * authentik 2026.8 (from 2026.5 on): {@code @goauthentik/api} 2026.5+, Go client
	 * v3.2026050+, the Terraform provider 2026.5.
	 */
	V2026_8("2026.8", "2026.8.3", Difference.SCHEMA_2026, Difference.BLUEPRINT_IMPORT_ROUTE,
			Difference.REQUIRE_TOKEN_AUTHENTICATION, Difference.ENUM_FILTERS_BY_REFERENCE,
			Difference.DEVICE_SECURITY_SCHEMES, Difference.BROWSER_SESSIONS, Difference.ROLE_MEMBERS,
			Difference.RBAC_2026_5);

	/** One way in which authentik's schema lines differ, in the scope of this service. */
	public enum Difference {

		/** {@code POST /flows/instances/{slug}/set_background_url/} is served. */
		SET_BACKGROUND_URL_ROUTE,

		/**
		 * Users hold permissions directly ({@code /rbac/permissions/assigned_by_users/});
		 * later lines give them only through roles, and a user's roles are shown on it.
		 * With it go the rest of authentik 2025's access model: permissions filter by
		 * {@code user}, roles by {@code group__name}, an object's role assignments list
		 * {@code permissions}, and {@code ModelEnum} offers user consents.
		 */
		USER_PERMISSIONS,

		/**
		 * Users are members of roles: {@code /rbac/roles/{uuid}/add_user/} and
		 * {@code remove_user/} are served, roles filter by {@code users}, and an object's
		 * role assignments list {@code object_permissions} and {@code model_permissions}.
		 */
		ROLE_MEMBERS,

		/**
		 * authentik 2026.5's access changes: {@code ModelEnum} offers the models it
		 * added, the assigned permissions' {@code model} filter lists no choices in the
		 * document, and the list of roles' object permissions has {@code autocomplete}.
		 */
		RBAC_2026_5,

		/** {@code POST /flows/instances/import/} is served. */
		FLOW_IMPORT_ROUTE,

		/** {@code POST /managed/blueprints/import/} is served. */
		BLUEPRINT_IMPORT_ROUTE,

		/**
		 * authentik 2026's components: flows with a writable {@code background},
		 * {@code background_url} and {@code background_themed_urls}; flow sets with
		 * {@code background_url}; {@code flow_set} read-only; slugs without a length
		 * limit but with 2026's text; the frame-background layouts; the export's
		 * {@code background}; shared list parameters and error responses; a user's groups
		 * as {@code PartialGroup}s, the user list's {@code last_login} filters, and the
		 * descriptions of {@code set_key}'s and {@code service_account}'s bodies.
		 */
		SCHEMA_2026,

		/** {@code require_token} is one of a flow's {@code authentication} choices. */
		REQUIRE_TOKEN_AUTHENTICATION,

		/**
		 * List filters on enum fields name the enum's component ({@code $ref}) instead of
		 * repeating its values.
		 */
		ENUM_FILTERS_BY_REFERENCE,

		/**
		 * The document declares the device security schemes besides {@code authentik},
		 * and the user routes list {@code authentik_device_auth} too.
		 */
		DEVICE_SECURITY_SCHEMES,

		/**
		 * {@code /core/users/me/} tells the browser sessions apart: the answer's
		 * {@code users} and the user's {@code is_current}.
		 */
		BROWSER_SESSIONS

	}

	private final String line;

	private final String release;

	private final Set<Difference> differences;

	ApiSchema(String line, String release, Difference... differences) {
		this.line = line;
		this.release = release;
		this.differences = differences.length == 0 ? EnumSet.noneOf(Difference.class)
				: EnumSet.copyOf(Arrays.asList(differences));
	}

	public String line() {
		return line;
	}

	/** The authentik release whose schema the document reproduces. */
	public String release() {
		return release;
	}

	public boolean has(Difference difference) {
		return difference == null || differences.contains(difference);
	}

	/**
	 * The Bean Validation group of the rules that differ by line (a slug's length and
	 * text).
	 */
	public Class<?> rules() {
		return has(Difference.SCHEMA_2026) ? Rules2026.class : Rules2025.class;
	}

	/** Validation group: the rules of lines before authentik 2026. */
	public interface Rules2025 {

	}

	/** Validation group: the rules of the lines with {@link Difference#SCHEMA_2026}. */
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

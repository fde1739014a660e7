package io.passwordstage.rbac;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.passwordstage.config.ServedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The list filters of the rbac routes, as in authentik's schema of each line: a filter
 * only some lines have names their difference in {@link ServedIn#PARAMETER} ({@code !}
 * for the lines without it), which the document keeps or drops per line.
 */
final class RbacApi {

	private RbacApi() {
	}

	/** The role list's filters. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(
			parameters = {
					@Parameter(in = ParameterIn.QUERY, name = "group__name", schema = @Schema(type = "string"),
							extensions = @Extension(properties = @ExtensionProperty(name = ServedIn.PARAMETER,
									value = "USER_PERMISSIONS"))),
					@Parameter(in = ParameterIn.QUERY, name = "groups",
							schema = @Schema(type = "string", format = "uuid"),
							extensions = @Extension(properties = @ExtensionProperty(name = ServedIn.PARAMETER,
									value = "ROLE_MEMBERS"))),
					@Parameter(in = ParameterIn.QUERY, name = "inherited", schema = @Schema(type = "boolean"),
							description = "Include inherited roles (requires users or groups filter)",
							extensions = @Extension(
									properties = @ExtensionProperty(name = ServedIn.PARAMETER,
											value = "ROLE_MEMBERS"))),
					@Parameter(in = ParameterIn.QUERY, name = "managed", explode = Explode.TRUE,
							style = ParameterStyle.FORM, array = @ArraySchema(schema = @Schema(type = "string")),
							extensions = @Extension(
									properties = @ExtensionProperty(name = ServedIn.PARAMETER,
											value = "ROLE_MEMBERS"))),
					@Parameter(in = ParameterIn.QUERY, name = "managed__isnull", schema = @Schema(type = "boolean"),
							extensions = @Extension(
									properties = @ExtensionProperty(name = ServedIn.PARAMETER,
											value = "ROLE_MEMBERS"))),
					@Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string"),
							extensions = @Extension(properties = @ExtensionProperty(name = ServedIn.PARAMETER,
									value = "ROLE_MEMBERS"))),
					@Parameter(in = ParameterIn.QUERY, name = "users", schema = @Schema(type = "integer"),
							extensions = @Extension(properties = @ExtensionProperty(name = ServedIn.PARAMETER,
									value = "ROLE_MEMBERS"))) })
	@interface Roles {

	}

	/** The permission list's filters. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = { @Parameter(in = ParameterIn.QUERY, name = "codename", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "content_type__app_label", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "content_type__model", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "role", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "user", schema = @Schema(type = "integer"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "USER_PERMISSIONS"))) })
	@interface Permissions {

	}

	/** The filter of roles' object permissions: the role. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = @Parameter(in = ParameterIn.QUERY, name = "uuid",
			schema = @Schema(type = "string", format = "uuid")))
	@interface RolePermissions {

	}

	/** The filter of users' object permissions: the user. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = @Parameter(in = ParameterIn.QUERY, name = "user_id", schema = @Schema(type = "integer")))
	@interface UserPermissions {

	}

	/**
	 * The filters of the assigned permissions' lists: {@code model} (required) and
	 * {@code object_pk}.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = {
			@Parameter(in = ParameterIn.QUERY, name = "model", required = true,
					schema = @Schema(implementation = AuthentikModel.class),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.CHOICES, value = "!RBAC_2026_5"))),
			@Parameter(in = ParameterIn.QUERY, name = "object_pk", schema = @Schema(type = "string")) })
	@interface Assigned {

	}

}

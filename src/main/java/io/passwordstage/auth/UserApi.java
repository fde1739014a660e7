package io.passwordstage.auth;

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
 * The OpenAPI description of the user list's filters and of the user viewset's extra
 * actions, as in authentik's schema; the rest of each route's description follows from
 * {@code @ViewSet} on {@link UserController}. A filter only some lines have names their
 * difference in {@link ServedIn#PARAMETER}.
 */
final class UserApi {

	private UserApi() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(parameters = {
			@Parameter(in = ParameterIn.QUERY, name = "attributes", description = "Attributes",
					schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "date_joined",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "date_joined__gt",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "date_joined__lt",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "email", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "groups_by_name", explode = Explode.TRUE,
					style = ParameterStyle.FORM, array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(in = ParameterIn.QUERY, name = "groups_by_pk", explode = Explode.TRUE,
					style = ParameterStyle.FORM,
					array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"))),
			@Parameter(in = ParameterIn.QUERY, name = "include_groups",
					schema = @Schema(type = "boolean", defaultValue = "true")),
			@Parameter(in = ParameterIn.QUERY, name = "include_roles",
					schema = @Schema(type = "boolean", defaultValue = "true"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "!USER_PERMISSIONS"))),
			@Parameter(in = ParameterIn.QUERY, name = "is_active", schema = @Schema(type = "boolean")),
			@Parameter(in = ParameterIn.QUERY, name = "is_superuser", schema = @Schema(type = "boolean")),
			@Parameter(in = ParameterIn.QUERY, name = "last_login",
					schema = @Schema(type = "string", format = "date-time"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "SCHEMA_2026"))),
			@Parameter(in = ParameterIn.QUERY, name = "last_login__gt",
					schema = @Schema(type = "string", format = "date-time"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "SCHEMA_2026"))),
			@Parameter(in = ParameterIn.QUERY, name = "last_login__isnull", schema = @Schema(type = "boolean"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "SCHEMA_2026"))),
			@Parameter(in = ParameterIn.QUERY, name = "last_login__lt",
					schema = @Schema(type = "string", format = "date-time"),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "SCHEMA_2026"))),
			@Parameter(in = ParameterIn.QUERY, name = "last_updated",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "last_updated__gt",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "last_updated__lt",
					schema = @Schema(type = "string", format = "date-time")),
			@Parameter(in = ParameterIn.QUERY, name = "name", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "path", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "path_startswith", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "roles_by_name", explode = Explode.TRUE,
					style = ParameterStyle.FORM, array = @ArraySchema(schema = @Schema(type = "string")),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "!USER_PERMISSIONS"))),
			@Parameter(in = ParameterIn.QUERY, name = "roles_by_pk", explode = Explode.TRUE,
					style = ParameterStyle.FORM,
					array = @ArraySchema(schema = @Schema(type = "string", format = "uuid")),
					extensions = @Extension(
							properties = @ExtensionProperty(name = ServedIn.PARAMETER, value = "!USER_PERMISSIONS"))),
			@Parameter(in = ParameterIn.QUERY, name = "type", explode = Explode.TRUE, style = ParameterStyle.FORM,
					array = @ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "external", "internal", "internal_service_account",
									"service_account" }))),
			@Parameter(in = ParameterIn.QUERY, name = "username", schema = @Schema(type = "string")),
			@Parameter(in = ParameterIn.QUERY, name = "uuid", schema = @Schema(type = "string", format = "uuid")) })
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "core_users_me_retrieve", description = "Get information about current user")
	@interface Me {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Operation(operationId = "core_users_service_account_create",
			description = "Create a new user account that is marked as a service account")
	@interface ServiceAccount {

	}

}

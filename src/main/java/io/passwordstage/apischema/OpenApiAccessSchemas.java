package io.passwordstage.apischema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.passwordstage.auth.UserRole;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;

/**
 * The users' and tokens' components as each line has them (the records describe
 * 2025.8's): where users hold no permissions of their own, a user shows its roles
 * ({@code roles}, {@code roles_obj} of {@code Role}s, and {@code me}'s
 * {@code UserSelfRoles}) and its body sets them; authentik 2026 lists a user's groups as
 * {@code PartialGroup}s and describes two more bodies; and 2026.8's {@code me} tells
 * browser sessions apart.
 */
final class OpenApiAccessSchemas {

	private static final String SCHEMAS = "#/components/schemas/";

	private OpenApiAccessSchemas() {
	}

	@SuppressWarnings("rawtypes")
	static void reshape(Components components, ApiSchema schema) {
		Map<String, Schema> schemas = components.getSchemas();
		if (schemas.get("User") == null) {
			return;
		}
		if (!schema.has(Difference.USER_PERMISSIONS)) {
			rolesShown(components, schemas);
		}
		if (schema.has(Difference.SCHEMA_2026)) {
			partialGroups(schemas);
			schemas.get("TokenSetKeyRequest").setDescription("Set token's key");
			schemas.get("UserServiceAccountRequest").setDescription("Payload to create a service account");
		}
		if (schema.has(Difference.BROWSER_SESSIONS)) {
			Schema sessionUser = schemas.get("SessionUser");
			sessionUser.addProperty("users", new ArraySchema().items(reference("UserSelf")));
			sessionUser.addRequiredItem("users");
			Schema self = schemas.get("UserSelf");
			self.addProperty("is_current", new BooleanSchema().readOnly(true)
				.description("Return whether this user owns the current browser session."));
			self.addRequiredItem("is_current");
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void rolesShown(Components components, Map<String, Schema> schemas) {
		// registers the Role component
		SpringDocAnnotationsUtils.extractSchema(components, UserRole.class, null, null, SpecVersion.V30);
		Schema user = schemas.get("User");
		user.addProperty("roles", uuids());
		user.addProperty("roles_obj", new ArraySchema().items(reference("Role")).readOnly(true).nullable(true));
		user.addRequiredItem("roles_obj");
		// PatchedUserRequest, derived from it later, has them too
		schemas.get("UserRequest").addProperty("roles", uuids());
		Schema groups = schemas.get("UserSelfGroups");
		Schema roles = new ObjectSchema();
		roles.setProperties(new LinkedHashMap<>(groups.getProperties()));
		roles.setRequired(List.copyOf(groups.getRequired()));
		schemas.put("UserSelfRoles", roles);
		Schema self = schemas.get("UserSelf");
		self.addProperty("roles", new ArraySchema().items(reference("UserSelfRoles")).readOnly(true));
		self.addRequiredItem("roles");
	}

	/** 2026's groups of a user: without their parent. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void partialGroups(Map<String, Schema> schemas) {
		Schema group = schemas.remove("UserGroup");
		Schema partial = new ObjectSchema().description("Partial Group Serializer, does not include child relations.");
		Map<String, Schema> properties = new LinkedHashMap<>(group.getProperties());
		properties.keySet().removeAll(List.of("parent", "parent_name"));
		partial.setProperties(properties);
		partial.setRequired(group.getRequired().stream().filter(name -> !"parent_name".equals(name)).toList());
		schemas.put("PartialGroup", partial);
		((Schema) schemas.get("User").getProperties().get("groups_obj")).setItems(reference("PartialGroup"));
	}

	private static Schema<?> uuids() {
		return new ArraySchema().items(new UUIDSchema());
	}

	private static Schema<?> reference(String component) {
		return new Schema<>().$ref(SCHEMAS + component);
	}

}

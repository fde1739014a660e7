package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The components' part of {@link OpenApi2026}: flows gain {@code background_url},
 * {@code background_themed_urls} and a writable {@code background}, flow sets swap
 * {@code background} for {@code background_url}, {@code flow_set} is read-only and
 * required, slugs and role names lose their length limit, {@code UsedByActionEnum} gains
 * {@code left_dangling}, and a role's object permission is described as the role's.
 */
final class OpenApi2026Schemas {

	private static final String SCHEMAS = "#/components/schemas/";

	private OpenApi2026Schemas() {
	}

	@SuppressWarnings("rawtypes")
	static void reshape(Map<String, Schema> schemas) {
		schemas.remove("FlowSetRequest");
		schemas.put("ThemedUrls",
				new ObjectSchema().description("Themed URLs - maps theme names to URLs for light and dark themes")
					.addProperty("light", new StringSchema().nullable(true))
					.addProperty("dark", new StringSchema().nullable(true)));
		reshapeFlow(schemas.get("Flow"));
		reshapeFlowSet(schemas.get("FlowSet"));
		withoutSlugLimit(schemas.get("FlowRequest"));
		putAfter(schemas.get("FlowRequest"), "designation", "background",
				new StringSchema().description("Background shown during execution"));
		for (String stage : List.of("PasswordStage", "Stage")) {
			Schema schema = schemas.get(stage);
			if (schema != null) {
				((Schema) schema.getProperties().get("flow_set")).setReadOnly(true);
				schema.addRequiredItem("flow_set");
			}
		}
		if (schemas.get("PasswordStageRequest") != null) {
			schemas.get("PasswordStageRequest").getProperties().remove("flow_set");
		}
		addEnumValues(schemas.get("UsedByActionEnum"), "left_dangling");
		Schema extra = schemas.get("ExtraRoleObjectPermission");
		if (extra != null) {
			extra.setDescription("Role permission with additional object-related data");
			Schema description = (Schema) extra.getProperties().get("object_description");
			description.setDescription(description.getDescription().replace("user/role", "role"));
		}
		for (String role : List.of("Role", "RoleRequest")) {
			// 2026 declares no limit on a role's name (the service still stores 150
			// characters)
			if (schemas.get(role) != null) {
				((Schema) schemas.get(role).getProperties().get("name")).setMaxLength(null);
			}
		}
		Schema typeCreate = schemas.get("TypeCreate");
		if (typeCreate != null) {
			typeCreate.addProperty("deprecated", new Schema<>().type("boolean")._default(false));
		}
	}

	/**
	 * 2026.5's list of roles' object permissions has {@code autocomplete}, as every other
	 * list.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void autocompleteOnRolePermissions(Map<String, Schema> schemas) {
		Schema page = schemas.get("PaginatedExtraRoleObjectPermissionList");
		if (page != null) {
			page.addProperty("autocomplete", new Schema<>().$ref(SCHEMAS + "Autocomplete"));
			page.addRequiredItem("autocomplete");
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void reshapeFlow(Schema flow) {
		if (flow == null) {
			return;
		}
		withoutSlugLimit(flow);
		Schema background = (Schema) flow.getProperties().get("background");
		background.setReadOnly(null);
		background.setDescription("Background shown during execution");
		putAfter(flow, "background", "background_url", backgroundUrl());
		putAfter(flow, "background_url", "background_themed_urls",
				new ComposedSchema().allOf(List.of(new Schema<>().$ref(SCHEMAS + "ThemedUrls")))
					.readOnly(true)
					.nullable(true));
		List<String> required = new ArrayList<>(flow.getRequired());
		required.remove("background");
		required.add("background_url");
		required.add("background_themed_urls");
		flow.setRequired(required);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void reshapeFlowSet(Schema flowSet) {
		withoutSlugLimit(flowSet);
		putAfter(flowSet, "background", "background_url", backgroundUrl());
		flowSet.getProperties().remove("background");
		List<String> required = new ArrayList<>(flowSet.getRequired());
		required.set(required.indexOf("background"), "background_url");
		flowSet.setRequired(required);
	}

	private static Schema<String> backgroundUrl() {
		return new StringSchema().description("Get the URL to the background image").readOnly(true);
	}

	@SuppressWarnings("rawtypes")
	private static void withoutSlugLimit(Schema schema) {
		if (schema != null && schema.getProperties().get("slug") instanceof Schema slug) {
			slug.setMaxLength(null);
		}
	}

	/** Inserts {@code property} right after {@code after}, keeping the others' order. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void putAfter(Schema schema, String after, String name, Schema property) {
		if (schema == null) {
			return;
		}
		Map<String, Schema> properties = new LinkedHashMap<>();
		((Map<String, Schema>) schema.getProperties()).forEach((key, value) -> {
			properties.put(key, value);
			if (key.equals(after)) {
				properties.put(name, property);
			}
		});
		schema.setProperties(properties);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void addEnumValues(Schema schema, String... values) {
		if (schema != null) {
			for (String value : values) {
				schema.addEnumItemObject(value);
			}
		}
	}

}

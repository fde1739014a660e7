package io.passwordstage.apischema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.event.Caller;
import io.passwordstage.web.Body;
import io.passwordstage.web.MultipartForm;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v3/schema/}, shaped as authentik's
 * (drf-spectacular's): paths relative to the {@code /api/v3} server, the bearer scheme
 * named {@code authentik}, empty response descriptions, enum properties with a
 * description as {@code allOf} references.
 */
@Configuration
class OpenApiConfiguration {

	static final String BASE_PATH = "/api/v3";

	/** springdoc's descriptions of responses that declare none: authentik's are empty. */
	private static final Set<String> DEFAULT_DESCRIPTIONS = Set.of("OK", "Created", "No Content", "Bad Request",
			"Forbidden", "Not Found", "default response", "");

	static {
		// bodies already read by the service's own resolver: each route documents its
		// request body itself
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Body.class, MultipartForm.class, Caller.class);
	}

	private final ApiSchema schema;

	OpenApiConfiguration(ApiSchema schema) {
		this.schema = schema;
	}

	@Bean
	OpenAPI authentikOpenApi() {
		return new OpenAPI()
			.info(new Info().title("authentik")
				.version(schema.release())
				.description("authentik-compatible PasswordStage API"))
			.components(new Components().addSecuritySchemes("authentik",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

	@Bean
	ViewSetOperations viewSetOperations() {
		return new ViewSetOperations(schema);
	}

	@Bean
	OpenApiCustomizer authentikShape() {
		return openApi -> {
			Paths relative = new Paths();
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith(BASE_PATH + "/")) {
					relative.addPathItem(path.substring(BASE_PATH.length()), item);
				}
			});
			openApi.setPaths(relative);
			openApi.setServers(List.of(new Server().url(BASE_PATH)));
			relative.values().forEach(item -> item.readOperations().forEach(operation -> {
				operation.getResponses().forEach((code, response) -> {
					if (response.getDescription() == null || DEFAULT_DESCRIPTIONS.contains(response.getDescription())) {
						response.setDescription(
								"204".equals(code) && response.getContent() == null ? "No response body" : "");
					}
				});
			}));
			openApi.getComponents().addSchemas("Autocomplete", new ObjectSchema().additionalProperties(new Schema<>()));
			shapeSchemas(openApi.getComponents().getSchemas());
			LineEnums.restrict(openApi.getComponents().getSchemas(), schema);
			LineParameters.restrict(openApi, schema);
			OpenApiAccessSchemas.reshape(openApi.getComponents(), schema);
			if (schema.has(Difference.SCHEMA_2026)) {
				OpenApi2026.reshape(openApi);
			}
			if (schema.has(Difference.RBAC_2026_5)) {
				OpenApi2026Schemas.autocompleteOnRolePermissions(openApi.getComponents().getSchemas());
			}
			if (schema.has(Difference.ENUM_FILTERS_BY_REFERENCE)) {
				OpenApiEnumFilters.byReference(openApi);
			}
			if (schema.has(Difference.DEVICE_SECURITY_SCHEMES)) {
				SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer");
				openApi.getComponents()
					.addSecuritySchemes("authentik_device_auth",
							new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer+agent"))
					.addSecuritySchemes("authentik_device_enroll", bearer)
					.addSecuritySchemes("authentik_device_federation", bearer);
			}
			OpenApiEntityTags.describe(openApi);
			PatchedRequests.derive(openApi);
		};
	}

	/**
	 * springdoc moves a property's description onto the enum it references;
	 * drf-spectacular keeps the enum bare and writes the property as
	 * {@code allOf: [$ref]} with the description. A map's values of any type are
	 * {@code additionalProperties: {}}.
	 */
	@SuppressWarnings("rawtypes")
	private static void shapeSchemas(Map<String, Schema> schemas) {
		Schema validationError = schemas.get("ValidationError");
		if (validationError != null) {
			validationError.setAdditionalProperties(new Schema<>());
		}
		Map<String, String> enumDescriptions = new java.util.HashMap<>();
		schemas.forEach((name, schema) -> {
			if (schema.getEnum() != null && schema.getDescription() != null) {
				enumDescriptions.put("#/components/schemas/" + name, schema.getDescription());
				schema.setDescription(null);
			}
		});
		schemas.values().forEach(schema -> {
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				return;
			}
			properties.replaceAll((name, property) -> {
				if ("int32".equals(property.getFormat()) || "int64".equals(property.getFormat())) {
					property.setFormat(null);
				}
				if (property.getAdditionalProperties() instanceof Schema values && values.get$ref() == null
						&& "object".equals(values.getType()) && values.getProperties() == null) {
					// a Map<String, Object>: drf-spectacular's JSONField or DictField,
					// any values
					property.setAdditionalProperties(new Schema<>());
				}
				String ref = property.get$ref();
				String description = property.getDescription() != null ? property.getDescription()
						: enumDescriptions.get(ref);
				if (ref != null && description != null) {
					return new ComposedSchema().allOf(List.of(new Schema<>().$ref(ref))).description(description);
				}
				return property;
			});
		});
	}

}

package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.ViewSet;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes the routes of a {@link ViewSet} controller as drf-spectacular describes a
 * viewset's: the standard routes' operation ids {@code <prefix>_<action>}, the viewset's
 * docstring, the lookup's description and a list's paging and search; on every route, the
 * bearer scheme (and the device agents' where the viewset and the line have them), and
 * its bodies ({@link RouteBodies}).
 */
class ViewSetOperations implements GlobalOperationComponentsCustomizer {

	private static final Map<String, String> ACTIONS = Map.of("list", "list", "create", "create", "retrieve",
			"retrieve", "update", "update", "partialUpdate", "partial_update", "destroy", "destroy", "usedBy",
			"used_by_list");

	private static final String USED_BY = "Get a list of all objects that use this object";

	private final ApiSchema schema;

	ViewSetOperations(ApiSchema schema) {
		this.schema = schema;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		return operation;
	}

	@Override
	public Operation customize(Operation operation, Components components, HandlerMethod handler) {
		ViewSet viewSet = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ViewSet.class);
		if (viewSet == null) {
			return operation;
		}
		operation.setSecurity(security(viewSet));
		String action = ACTIONS.get(handler.getMethod().getName());
		if (action != null) {
			operation.setOperationId(viewSet.operations() + "_" + action);
			operation.setDescription(action.equals("used_by_list") ? USED_BY : viewSet.description());
			if (action.equals("list")) {
				pagedAndSearched(operation);
			}
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter(parameter -> "path".equals(parameter.getIn()))
					.forEach(path -> lookup(path, viewSet));
			}
		}
		RouteBodies.describe(operation, handler, "partial_update".equals(action), components);
		return operation;
	}

	private List<SecurityRequirement> security(ViewSet viewSet) {
		List<SecurityRequirement> security = new ArrayList<>();
		security.add(new SecurityRequirement().addList("authentik"));
		if (viewSet.deviceAuthentication() && schema.has(Difference.DEVICE_SECURITY_SCHEMES)) {
			security.add(new SecurityRequirement().addList("authentik_device_auth"));
		}
		return security;
	}

	/**
	 * The path variable naming the object, as drf-spectacular describes a viewset's
	 * lookup: on a schema of its own (springdoc may share one between the path variables
	 * of a type).
	 */
	@SuppressWarnings("rawtypes")
	private static void lookup(Parameter path, ViewSet viewSet) {
		path.setRequired(true);
		Schema own = new Schema<>().type(path.getSchema().getType()).format(path.getSchema().getFormat());
		path.setSchema(own);
		if (viewSet.lookup().isEmpty()) {
			return;
		}
		if (viewSet.slug()) {
			own.setDescription(viewSet.lookup());
		}
		else {
			path.setDescription(viewSet.lookup());
			if ("string".equals(own.getType())) {
				own.setFormat("uuid");
			}
		}
	}

	/**
	 * A list's ordering, paging and search parameters, after its own filters: all in
	 * drf-spectacular's order, by name.
	 */
	private static void pagedAndSearched(Operation operation) {
		List<Parameter> parameters = new ArrayList<>(
				operation.getParameters() == null ? List.of() : operation.getParameters());
		parameters.add(query("ordering", "Which field to use when ordering the results.", "string"));
		parameters.add(query("page", "A page number within the paginated result set.", "integer"));
		parameters.add(query("page_size", "Number of results to return per page.", "integer"));
		parameters.add(query("search", "A search term.", "string"));
		parameters.sort(Comparator.comparing(Parameter::getName));
		operation.setParameters(parameters);
	}

	private static Parameter query(String name, String description, String type) {
		return new QueryParameter().name(name)
			.required(false)
			.description(description)
			.schema(new Schema<>().type(type));
	}

}

package io.passwordstage.rbac;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ApiSchema.Difference;
import io.passwordstage.web.ApiException;
import io.passwordstage.web.DrfCoercion;
import io.passwordstage.web.DrfUuids;
import io.passwordstage.web.ErrorTexts;
import io.passwordstage.web.OrderingTerms;
import io.passwordstage.web.PageWindow;
import io.passwordstage.web.SearchTerms;
import io.passwordstage.web.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /rbac/permissions/}: the permissions this service knows ({@link ApiPermission}),
 * with authentik's filters ({@code codename}, {@code content_type__model},
 * {@code content_type__app_label}, {@code role}: what a role holds globally, and on
 * 2025's line {@code user}: what a user holds directly), search and ordering
 * ({@code name} by default), paged.
 */
@Component
class PermissionCatalogue {

	private static final Map<String, Function<Permission, String>> EXACT = Map.of("codename", Permission::codename,
			"content_type__model", Permission::model, "content_type__app_label", Permission::appLabel);

	private static final Map<String, Comparator<Permission>> ORDERABLE = Map.of("id",
			Comparator.comparingInt(Permission::id), "name", Comparator.comparing(Permission::name), "codename",
			Comparator.comparing(Permission::codename), "model", Comparator.comparing(Permission::model), "app_label",
			Comparator.comparing(Permission::appLabel));

	private final JdbcClient jdbc;

	private final ApiSchema schema;

	PermissionCatalogue(JdbcClient jdbc, ApiSchema schema) {
		this.jdbc = jdbc;
		this.schema = schema;
	}

	PermissionList list(Map<String, String> params) {
		Stream<Permission> permissions = Arrays.stream(ApiPermission.values()).map(Permission::of);
		Map<String, Object> errors = new LinkedHashMap<>();
		for (Map.Entry<String, Function<Permission, String>> filter : EXACT.entrySet()) {
			String value = params.get(filter.getKey());
			if (value != null && !value.isEmpty()) {
				permissions = permissions.filter(permission -> value.equals(filter.getValue().apply(permission)));
			}
		}
		Set<String> held = heldBy("role", params.get("role"), this::roleHolds, errors);
		if (schema.has(Difference.USER_PERMISSIONS)) {
			Set<String> direct = heldBy("user", params.get("user"), this::userHolds, errors);
			held = held == null ? direct : direct == null ? held : intersection(held, direct);
		}
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(errors);
		}
		if (held != null) {
			Set<String> only = held;
			permissions = permissions
				.filter(permission -> only.contains(permission.appLabel() + "." + permission.codename()));
		}
		permissions = permissions.filter(searched(params.get("search")));
		List<Permission> all = permissions.sorted(ordering(params.get("ordering"))).toList();
		PageWindow window = PageWindow.of(params.get("page"), params.get("page_size"), all.size());
		List<Permission> page = all.stream().skip(window.offset()).limit(window.size()).toList();
		return new PermissionList(window.pagination(), page, Map.of());
	}

	Permission get(String id) {
		BigInteger number = DrfCoercion.pythonInt(id);
		if (number == null || number.signum() <= 0
				|| number.compareTo(BigInteger.valueOf(ApiPermission.values().length)) > 0) {
			throw ApiException.notFound("No Permission matches the given query.");
		}
		return Permission.of(ApiPermission.values()[number.intValue() - 1]);
	}

	/**
	 * The permissions a filter's object holds, {@code null} when the filter is not given;
	 * django-filter's ModelChoiceFilter text when it names no object.
	 */
	private static Set<String> heldBy(String key, String value, Function<String, Set<String>> holdings,
			Map<String, Object> errors) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		Set<String> held = holdings.apply(value.strip());
		if (held == null) {
			errors.put(key, List.of(ErrorTexts.FILTER_CHOICE));
			return Set.of();
		}
		return held;
	}

	private Set<String> roleHolds(String value) {
		return globally("authentik_rbac_role where uuid", "role_uuid", DrfUuids.parseUuid(value));
	}

	private Set<String> userHolds(String value) {
		BigInteger id = DrfCoercion.pythonInt(value);
		return globally("authentik_core_user where id", "user_id",
				id == null || id.bitLength() > 31 ? null : id.intValue());
	}

	/**
	 * What a role or user holds globally ({@code column}: its assignments' column),
	 * {@code null} when {@code holder}, its table and key column, has no row {@code id}.
	 */
	private Set<String> globally(String holder, String column, Object id) {
		if (id == null
				|| jdbc.sql("select count(*) from " + holder + " = ?").param(id).query(Long.class).single() == 0) {
			return null;
		}
		return Set.copyOf(jdbc
			.sql("select permission from authentik_rbac_assignment where " + column + " = ? and object_pk is null")
			.param(id)
			.query(String.class)
			.list());
	}

	private static Set<String> intersection(Set<String> one, Set<String> other) {
		return one.stream().filter(other::contains).collect(Collectors.toSet());
	}

	/** DRF's SearchFilter: every term in one of name, codename, model or app label. */
	private static Predicate<Permission> searched(String search) {
		List<String> terms = SearchTerms.terms(search);
		return permission -> terms.stream()
			.allMatch(term -> Stream
				.of(permission.name(), permission.codename(), permission.model(), permission.appLabel())
				.anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(term)));
	}

	/** DRF's OrderingFilter over the serializer's fields; {@code name} by default. */
	private static Comparator<Permission> ordering(String ordering) {
		return OrderingTerms.terms(ordering, ORDERABLE, (field, descending) -> descending ? field.reversed() : field)
			.stream()
			.reduce(Comparator::thenComparing)
			.orElse(ORDERABLE.get("name"))
			.thenComparing(ORDERABLE.get("id"));
	}

}

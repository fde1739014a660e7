package io.passwordstage.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import io.passwordstage.web.NonEmpty;

/**
 * One DRF error body for a request record: the errors of the DRF step (raw JSON to the
 * record), then Bean Validation's violations for the fields that step accepted, then any
 * check the caller adds. Keys follow the record's component order (DRF's serializer field
 * order); a field's messages follow the order its constraints are declared in, and a
 * failing presence rule ({@code @NotNull}, {@code @NonEmpty}) is a field's only message,
 * as DRF stops there.
 */
public final class FieldErrors {

	private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(NotNull.class, NonEmpty.class);

	private final Class<? extends Record> type;

	private final Map<String, Object> errors = new HashMap<>();

	private FieldErrors(Class<? extends Record> type) {
		this.type = type;
	}

	/**
	 * The DRF step's errors (by JSON key) and the record's violations in the given
	 * groups.
	 */
	public static FieldErrors of(Record request, Map<String, Object> drfErrors, Validator validator,
			Class<?>... groups) {
		FieldErrors result = new FieldErrors(request.getClass());
		result.errors.putAll(drfErrors);
		Map<String, List<ConstraintViolation<Record>>> byField = new HashMap<>();
		for (ConstraintViolation<Record> violation : validator.validate(request, groups)) {
			String component = violation.getPropertyPath().iterator().next().getName();
			byField.computeIfAbsent(component, key -> new ArrayList<>()).add(violation);
		}
		for (RecordComponent component : request.getClass().getRecordComponents()) {
			List<ConstraintViolation<Record>> violations = byField.get(component.getName());
			String key = jsonKey(component);
			if (violations != null && !result.errors.containsKey(key)) {
				result.errors.put(key, detail(component, violations));
			}
		}
		return result;
	}

	public boolean has(String key) {
		return errors.containsKey(key);
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public void add(String key, Object detail) {
		errors.put(key, detail);
	}

	/**
	 * Puts {@code message} before the field's other messages (a check that DRF runs
	 * first).
	 */
	public void addFirst(String key, String message) {
		List<Object> messages = new ArrayList<>();
		messages.add(message);
		if (errors.get(key) instanceof List<?> others) {
			messages.addAll(others);
		}
		errors.put(key, messages);
	}

	/** The body, keys in the record's component order. */
	public Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Object detail = errors.get(jsonKey(component));
			if (detail != null) {
				body.put(jsonKey(component), detail);
			}
		}
		errors.forEach(body::putIfAbsent);
		return body;
	}

	/** Throws the 400 when any field failed. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new ValidationFailedException(body());
		}
	}

	private static Object detail(RecordComponent component, List<ConstraintViolation<Record>> violations) {
		Map<String, List<String>> items = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		List<ConstraintViolation<Record>> own = new ArrayList<>();
		for (ConstraintViolation<Record> violation : violations) {
			Integer index = itemIndex(violation.getPropertyPath());
			if (index == null) {
				own.add(violation);
			}
			else {
				items.computeIfAbsent(index.toString(), key -> new ArrayList<>()).add(violation.getMessage());
			}
		}
		if (own.isEmpty()) {
			return items;
		}
		List<Class<? extends Annotation>> declared = declaredConstraints(component);
		own.sort(Comparator.comparingInt(violation -> declared.indexOf(annotationOf(violation))));
		ConstraintViolation<Record> first = own.get(0);
		if (PRESENCE.contains(annotationOf(first))) {
			return List.of(first.getMessage());
		}
		return own.stream().map(ConstraintViolation::getMessage).distinct().toList();
	}

	/** The annotations of the component's field, in declaration order. */
	private static List<Class<? extends Annotation>> declaredConstraints(RecordComponent component) {
		try {
			List<Class<? extends Annotation>> types = new ArrayList<>();
			for (Annotation annotation : component.getDeclaringRecord()
				.getDeclaredField(component.getName())
				.getDeclaredAnnotations()) {
				types.add(annotation.annotationType());
			}
			return types;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Class<? extends Annotation> annotationOf(ConstraintViolation<?> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType();
	}

	/**
	 * The list index of a container-element violation
	 * ({@code backends[1].<list element>}), or null.
	 */
	private static Integer itemIndex(Path path) {
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				return node.getIndex();
			}
		}
		return null;
	}

	private static String jsonKey(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		return property == null || property.value().isEmpty() ? component.getName() : property.value();
	}

}

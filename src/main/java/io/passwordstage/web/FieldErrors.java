package io.passwordstage.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

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

	private final RecordLayout layout;

	private final Map<String, Object> errors = new HashMap<>();

	private FieldErrors(RecordLayout layout) {
		this.layout = layout;
	}

	/**
	 * The DRF step's errors (by JSON key) and the record's violations in the given
	 * groups.
	 */
	public static FieldErrors of(Record request, Map<String, Object> drfErrors, Validator validator,
			Class<?>... groups) {
		FieldErrors result = new FieldErrors(RecordLayout.of(request.getClass()));
		result.errors.putAll(drfErrors);
		Set<ConstraintViolation<Record>> violations = validator.validate(request, groups);
		if (violations.isEmpty()) {
			return result;
		}
		Map<Integer, List<ConstraintViolation<Record>>> byComponent = new TreeMap<>();
		for (ConstraintViolation<Record> violation : violations) {
			int index = result.layout.indexOf(violation.getPropertyPath().iterator().next().getName());
			byComponent.computeIfAbsent(index, key -> new ArrayList<>()).add(violation);
		}
		byComponent
			.forEach((index, own) -> result.errors.putIfAbsent(result.layout.key(index), result.detail(index, own)));
		return result;
	}

	/** No errors yet, for a request of type {@code request}. */
	public static FieldErrors empty(Class<? extends Record> request) {
		return new FieldErrors(RecordLayout.of(request));
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
		for (String key : layout.keys()) {
			Object detail = errors.get(key);
			if (detail != null) {
				body.put(key, detail);
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

	/** A field's messages, or for a list's items a map from index to their messages. */
	private Object detail(int component, List<ConstraintViolation<Record>> violations) {
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
		own.sort(Comparator.comparingInt(violation -> layout.position(component, annotationOf(violation))));
		if (PRESENCE.contains(annotationOf(own.get(0)))) {
			return List.of(own.get(0).getMessage());
		}
		return own.stream().map(ConstraintViolation::getMessage).distinct().toList();
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

}

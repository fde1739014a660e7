package io.passwordstage.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@link FieldErrors} needs of a request record, read once per record type: each
 * component's JSON key, in declaration order (DRF's field order), and the order its
 * constraints are declared in.
 */
final class RecordLayout {

	private static final ClassValue<RecordLayout> LAYOUTS = new ClassValue<>() {
		@Override
		protected RecordLayout computeValue(Class<?> type) {
			return new RecordLayout(type);
		}
	};

	private final List<String> names = new ArrayList<>();

	private final List<String> keys = new ArrayList<>();

	private final List<List<Class<? extends Annotation>>> constraints = new ArrayList<>();

	private RecordLayout(Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			names.add(component.getName());
			JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
			keys.add(property == null || property.value().isEmpty() ? component.getName() : property.value());
			List<Class<? extends Annotation>> declared = new ArrayList<>();
			try {
				for (Annotation annotation : type.getDeclaredField(component.getName()).getDeclaredAnnotations()) {
					declared.add(repeated(annotation));
				}
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(ex);
			}
			constraints.add(List.copyOf(declared));
		}
	}

	/**
	 * The constraint a container of repeated constraints holds (a field's
	 * {@code @MaxLength} per schema line), or the annotation itself.
	 */
	private static Class<? extends Annotation> repeated(Annotation annotation) {
		try {
			java.lang.reflect.Method value = annotation.annotationType().getDeclaredMethod("value");
			if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()) {
				@SuppressWarnings("unchecked")
				Class<? extends Annotation> element = (Class<? extends Annotation>) value.getReturnType()
					.getComponentType();
				return element;
			}
		}
		catch (NoSuchMethodException ex) {
			// not a container
		}
		return annotation.annotationType();
	}

	static RecordLayout of(Class<?> type) {
		return LAYOUTS.get(type);
	}

	/** The JSON keys, in the record's component order. */
	List<String> keys() {
		return keys;
	}

	/** The index of the component named {@code name}, or -1. */
	int indexOf(String name) {
		return names.indexOf(name);
	}

	String key(int index) {
		return keys.get(index);
	}

	/**
	 * Where a constraint of this type is declared on the component, for ordering
	 * messages.
	 */
	int position(int index, Class<? extends Annotation> constraint) {
		return constraints.get(index).indexOf(constraint);
	}

}

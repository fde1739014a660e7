package io.passwordstage.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every request type's {@link DrfStep}, by type. */
@Component
public class DrfSteps {

	private final Map<Class<?>, DrfStep<?>> steps = new HashMap<>();

	DrfSteps(List<DrfStep<?>> steps) {
		steps.forEach(step -> this.steps.put(step.type(), step));
	}

	/** {@code body} through the step of {@code type}. */
	@SuppressWarnings("unchecked")
	public <T> DrfInput<T> read(Class<T> type, JsonBody body) {
		DrfStep<T> step = (DrfStep<T>) steps.get(type);
		if (step == null) {
			throw new IllegalStateException("no DRF step reads " + type.getName());
		}
		return DrfInput.read(body, step);
	}

}

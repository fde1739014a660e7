package io.passwordstage.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Every request type's {@link DrfStep}, by type. */
@Component
public class DrfSteps {

	private final Map<Class<?>, DrfStep<?>> steps = new HashMap<>();

	DrfSteps(List<DrfStep<?>> steps) {
		steps.forEach(step -> this.steps.put(step.type(), step));
	}

	/** {@code document} through the step of {@code type}. */
	@SuppressWarnings("unchecked")
	public <T> Body<T> read(Class<T> type, JsonNode document) {
		DrfStep<T> step = (DrfStep<T>) steps.get(type);
		if (step == null) {
			throw new IllegalStateException("no DRF step reads " + type.getName());
		}
		try {
			return Body.of(step.read(step.fields(document)));
		}
		catch (ApiException | ValidationFailedException ex) {
			return Body.failed(ex);
		}
	}

}

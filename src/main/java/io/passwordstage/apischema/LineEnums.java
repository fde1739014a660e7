package io.passwordstage.apischema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.web.WireEnum;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The enum components as the chosen line offers them: the values a line lacks
 * ({@link WireEnum#offeredWith}) are removed from the component springdoc made of the
 * whole enum.
 */
final class LineEnums {

	private LineEnums() {
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void restrict(Map<String, Schema> schemas, ApiSchema schema) {
		for (Class<? extends WireEnum> type : wireEnums()) {
			Set<String> offered = WireEnum.values(type, schema);
			if (offered.size() == type.getEnumConstants().length) {
				continue;
			}
			Schema component = schemas.get(componentName(type));
			if (component != null && component.getEnum() != null) {
				List<Object> values = new ArrayList<>(component.getEnum());
				values.removeIf(value -> !offered.contains(value));
				component.setEnum(values);
			}
		}
	}

	private static String componentName(Class<?> type) {
		io.swagger.v3.oas.annotations.media.Schema annotation = type
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
	}

	@SuppressWarnings("unchecked")
	private static List<Class<? extends WireEnum>> wireEnums() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(WireEnum.class));
		List<Class<? extends WireEnum>> types = new ArrayList<>();
		String application = LineEnums.class.getPackageName()
			.substring(0, LineEnums.class.getPackageName().lastIndexOf('.'));
		scanner.findCandidateComponents(application).forEach(definition -> {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(),
					LineEnums.class.getClassLoader());
			if (type.isEnum()) {
				types.add((Class<? extends WireEnum>) type);
			}
		});
		return types;
	}

}

package io.passwordstage.web;

import java.lang.reflect.Method;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ServedIn;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping without the routes {@link ServedIn} a difference the
 * chosen schema line lacks: those are not mapped, so they are answered as unknown routes.
 */
class ServedRoutesHandlerMapping extends RequestMappingHandlerMapping {

	private final ApiSchema schema;

	ServedRoutesHandlerMapping(ApiSchema schema) {
		this.schema = schema;
	}

	@Override
	protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
		return servedInLine(method, handlerType) ? super.getMappingForMethod(method, handlerType) : null;
	}

	private boolean servedInLine(Method method, Class<?> handlerType) {
		ServedIn onMethod = AnnotatedElementUtils.findMergedAnnotation(method, ServedIn.class);
		ServedIn onController = AnnotatedElementUtils.findMergedAnnotation(handlerType, ServedIn.class);
		return (onMethod == null || schema.has(onMethod.value()))
				&& (onController == null || schema.has(onController.value()));
	}

}

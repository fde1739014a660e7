package io.passwordstage.web;

import java.lang.reflect.Method;
import java.util.List;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.ServedIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, with the handler of a path found among the few mappings
 * filed under its leading segments ({@link RouteIndex}) instead of by matching every
 * mapping of the API against it, which profiling showed to cost about as much as all of
 * Tomcat's work on a request. Where exactly one candidate matches, it is the only mapping
 * that matches at all, and so the one Spring would choose; in every other case (no
 * candidate or several match, a CORS pre-flight, a path the index cannot read) Spring's
 * own lookup decides, with its answers for no match (404, 405, 406, 415).
 * <p>
 * Measured only together with a hand-written error write, since removed: side by side
 * against a build with Spring's own lookup and error rendering (interleaved, 10 slices of
 * 4 s, 8 connections, Java 25 with the image's options), the two together gave retrieve
 * 1.03× (paired; 1.10× by medians) and the 403 of the floor request 1.35×:
 * {@code COMPARE_MODE=interleaved BENCH_SECONDS=4 WARMUP_SECONDS=8
 * BENCH_OPERATIONS="floor retrieve patch create" bench/compare.sh <build without them> HEAD}.
 * <p>
 * Routes {@link ServedIn} a difference the chosen schema line lacks are not mapped.
 */
class IndexedRequestMappingHandlerMapping extends RequestMappingHandlerMapping {

	private final ApiSchema schema;

	private volatile RouteIndex index;

	IndexedRequestMappingHandlerMapping(ApiSchema schema) {
		this.schema = schema;
	}

	@Override
	protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
		return servedInLine(method, handlerType) ? super.getMappingForMethod(method, handlerType) : null;
	}

	/** Whether the route is served in the chosen line ({@link ServedIn}). */
	boolean servedInLine(Method method, Class<?> handlerType) {
		ServedIn onMethod = AnnotatedElementUtils.findMergedAnnotation(method, ServedIn.class);
		ServedIn onController = AnnotatedElementUtils.findMergedAnnotation(handlerType, ServedIn.class);
		return (onMethod == null || schema.has(onMethod.value()))
				&& (onController == null || schema.has(onController.value()));
	}

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		this.index = RouteIndex.of(getHandlerMethods());
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		this.index = null;
		super.registerMapping(mapping, handler, method);
		this.index = RouteIndex.of(getHandlerMethods());
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		this.index = null;
		super.unregisterMapping(mapping);
		this.index = RouteIndex.of(getHandlerMethods());
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		RouteIndex routes = this.index;
		List<RequestMappingInfo> candidates = routes == null || CorsUtils.isPreFlightRequest(request) ? null
				: routes.candidates(lookupPath);
		if (candidates == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo registered = null;
		RequestMappingInfo matched = null;
		for (RequestMappingInfo candidate : candidates) {
			RequestMappingInfo match = getMatchingMapping(candidate, request);
			if (match != null) {
				if (matched != null) {
					return super.lookupHandlerMethod(lookupPath, request);
				}
				registered = candidate;
				matched = match;
			}
		}
		if (matched == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		HandlerMethod handlerMethod = routes.handlerMethod(registered);
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handlerMethod);
		handleMatch(matched, lookupPath, request);
		return handlerMethod;
	}

}

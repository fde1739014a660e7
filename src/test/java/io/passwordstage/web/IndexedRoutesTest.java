package io.passwordstage.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed route lookup finds, for every request, what Spring's own lookup over all
 * mappings finds: the same handler method and path variables, or the same failure (404,
 * 405, 406, 415).
 */
class IndexedRoutesTest extends ApiTest {

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
			"TRACE");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping served;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theServiceUsesTheIndex() {
		assertThat(this.served).isInstanceOf(IndexedRequestMappingHandlerMapping.class);
	}

	@Test
	void everyRequestFindsWhatSpringsLookupFinds() {
		// Spring's own mapping, with the same routes (those of the chosen line)
		RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping() {
			@Override
			protected RequestMappingInfo getMappingForMethod(java.lang.reflect.Method method, Class<?> handlerType) {
				return ((IndexedRequestMappingHandlerMapping) served).servedInLine(method, handlerType)
						? super.getMappingForMethod(method, handlerType) : null;
			}
		};
		spring.setApplicationContext(this.context);
		spring.setEmbeddedValueResolver(new EmbeddedValueResolver(this.context.getBeanFactory()));
		spring.setContentNegotiationManager(this.served.getContentNegotiationManager());
		spring.setPatternParser(this.served.getPatternParser());
		spring.setPathPrefixes(this.served.getPathPrefixes());
		spring.afterPropertiesSet();
		assertThat(names(spring.getHandlerMethods())).isEqualTo(names(this.served.getHandlerMethods()));

		int compared = 0;
		for (String path : paths(this.served.getHandlerMethods().keySet())) {
			for (String method : METHODS) {
				for (String contentType : new String[] { null, "application/json", "text/plain" }) {
					for (String accept : new String[] { null, "application/json", "text/html" }) {
						assertThat(outcome(this.served, path, method, contentType, accept))
							.as("%s %s (Content-Type %s, Accept %s)", method, path, contentType, accept)
							.isEqualTo(outcome(spring, path, method, contentType, accept));
						compared++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1000);
	}

	@Test
	void aPatternIsFiledUnderItsLeadingLiteralSegments() {
		assertThat(RouteIndex.key("/api/v3/stages/password/{stage_uuid}/")).isEqualTo("api/v3/stages/password");
		assertThat(RouteIndex.key("/api/v3/stages/password/")).isEqualTo("api/v3/stages/password");
		assertThat(RouteIndex.key("/api/v3/schema")).isEqualTo("api/v3/schema");
		assertThat(RouteIndex.key("/api/v3/flows/instances/{slug}/export/")).isEqualTo("api/v3/flows/instances");
		assertThat(RouteIndex.key("/api/{version}/x/")).isEqualTo("api");
		assertThat(RouteIndex.key("/api/v3*/x/")).isEqualTo("api");
		assertThat(RouteIndex.key("/**")).isEmpty();
		assertThat(RouteIndex.key("")).isEmpty();
	}

	/** Paths from every pattern, with variables filled in, and their near misses. */
	private static Set<String> paths(Set<RequestMappingInfo> mappings) {
		Set<String> paths = new TreeSet<>(List.of("/", "/api/v3/", "/api/v3/nothing/", "/api", "/actuator/health",
				"/api/v3/stages/", "/api/v3/stages/password", "/API/v3/stages/password/", "//api/v3/stages/password/",
				"/api/v3/stages/pass%77ord/", "/api/v3/stages/password;x=1/", "/api/v3/stages/password/%2e%2e/"));
		for (RequestMappingInfo mapping : mappings) {
			for (PathPattern pattern : Objects.requireNonNull(mapping.getPathPatternsCondition()).getPatterns()) {
				for (String value : new String[] { "00000000-0000-0000-0000-000000000001", "import", "x" }) {
					String path = pattern.getPatternString()
						.replaceAll("\\{\\*[^}]*}", value)
						.replaceAll("\\{[^}]*}", value);
					paths.add(path);
					paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
					paths.add(path + "extra/");
					paths.add(path.replace("/api/", "/api/%76")); // an encoded segment
				}
			}
		}
		return paths;
	}

	private static String outcome(RequestMappingHandlerMapping mapping, String path, String method, String contentType,
			String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (contentType != null) {
			request.setContentType(contentType);
			request.setContent("{}".getBytes());
		}
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			Object handler = chain.getHandler();
			String name = handler instanceof HandlerMethod handlerMethod ? handlerMethod.getMethod().toString()
					: handler.toString();
			return name + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		}
		catch (Exception ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	private static Set<String> names(Map<RequestMappingInfo, HandlerMethod> methods) {
		Set<String> names = new LinkedHashSet<>();
		List<String> sorted = new ArrayList<>();
		methods.forEach((info, method) -> sorted.add(info + " " + method.getMethod()));
		sorted.sort(null);
		names.addAll(sorted);
		return names;
	}

}

package io.passwordstage.web;

import java.util.ArrayList;
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
 * The routes of other schema lines are not mapped (in 2025.8, the blueprint import) and
 * are answered as a path no route has; every other request, whatever its method,
 * Content-Type and Accept, finds what Spring's mapping of all routes finds: the same
 * handler method and path variables, or the same failure (404, 405, 406, 415).
 */
class ServedRoutesTest extends ApiTest {

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
			"TRACE");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping served;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theServiceUsesTheServedRoutesMapping() {
		assertThat(this.served).isInstanceOf(ServedRoutesHandlerMapping.class);
	}

	@Test
	void onlyTheRoutesOfOtherLinesAreLeftOut() {
		Map<RequestMappingInfo, HandlerMethod> all = allRoutes().getHandlerMethods();

		assertThat(all.keySet()).containsAll(this.served.getHandlerMethods().keySet());
		assertThat(leftOut(all).stream()
			.map(mapping -> all.get(mapping).getBeanType().getSimpleName() + " "
					+ Objects.requireNonNull(mapping.getPathPatternsCondition()).getPatternValues()))
			.containsOnly("BlueprintImportController [/api/v3/managed/blueprints/import/]",
					"RoleController [/api/v3/rbac/roles/{uuid}/add_user/]",
					"RoleController [/api/v3/rbac/roles/{uuid}/remove_user/]");
	}

	@Test
	void routesOfOtherLinesAreAbsentAndEveryOtherRequestIsRoutedAsBefore() {
		RequestMappingHandlerMapping all = allRoutes();
		List<RequestMappingInfo> leftOut = leftOut(all.getHandlerMethods());

		int compared = 0;
		int absent = 0;
		for (String path : paths(all.getHandlerMethods().keySet())) {
			for (String method : METHODS) {
				for (String contentType : new String[] { null, "application/json", "text/plain" }) {
					for (String accept : new String[] { null, "application/json", "text/html" }) {
						MockHttpServletRequest request = request(path, method, contentType, accept);
						String served = outcome(this.served, request);
						String as = String.format("%s %s (Content-Type %s, Accept %s)", method, path, contentType,
								accept);
						if (leftOut.stream()
							.anyMatch(mapping -> Objects.requireNonNull(mapping.getPathPatternsCondition())
								.getMatchingCondition(request) != null)) {
							// no route of this line shares a left-out route's path
							assertThat(served).as(as).isEqualTo("none");
							absent++;
						}
						else {
							assertThat(served).as(as)
								.isEqualTo(outcome(all, request(path, method, contentType, accept)));
							compared++;
						}
					}
				}
			}
		}
		assertThat(absent).isPositive();
		assertThat(compared).isGreaterThan(1000);
	}

	/**
	 * Spring's own mapping of every route, of whichever line, set up as the service's.
	 */
	private RequestMappingHandlerMapping allRoutes() {
		RequestMappingHandlerMapping all = new RequestMappingHandlerMapping() {

			/** Where lines serve one route with methods of their own, this line's. */
			@Override
			protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method,
					RequestMappingInfo mapping) {
				if (getHandlerMethods().containsKey(mapping)) {
					HandlerMethod ours = served.getHandlerMethods().get(mapping);
					if (ours == null || !ours.getMethod().equals(method)) {
						return;
					}
					unregisterMapping(mapping);
				}
				super.registerHandlerMethod(handler, method, mapping);
			}

		};
		all.setApplicationContext(this.context);
		all.setEmbeddedValueResolver(new EmbeddedValueResolver(this.context.getBeanFactory()));
		all.setContentNegotiationManager(this.served.getContentNegotiationManager());
		all.setPatternParser(this.served.getPatternParser());
		all.setPathPrefixes(this.served.getPathPrefixes());
		all.afterPropertiesSet();
		return all;
	}

	private List<RequestMappingInfo> leftOut(Map<RequestMappingInfo, HandlerMethod> all) {
		List<RequestMappingInfo> leftOut = new ArrayList<>(all.keySet());
		leftOut.removeAll(this.served.getHandlerMethods().keySet());
		return leftOut;
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

	private static MockHttpServletRequest request(String path, String method, String contentType, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (contentType != null) {
			request.setContentType(contentType);
			request.setContent("{}".getBytes());
		}
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static String outcome(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
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

}

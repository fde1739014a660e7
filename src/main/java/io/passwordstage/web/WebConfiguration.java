package io.passwordstage.web;

import java.util.List;

import io.passwordstage.config.ApiSchema;
import io.passwordstage.config.AuthentikProperties;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every answer is JSON: whatever the Accept header says, and for requests Tomcat itself
 * rejects.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	private final AuthentikProperties properties;

	private final JsonBodyParser parser;

	private final ObjectProvider<DrfSteps> steps;

	WebConfiguration(AuthentikProperties properties, JsonBodyParser parser, ObjectProvider<DrfSteps> steps) {
		this.properties = properties;
		this.parser = parser;
		this.steps = steps;
	}

	/**
	 * A route's body is read whole, without holding a worker, before its controller runs.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BodyReadInterceptor(properties)).order(0);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new RequestBodyResolver(parser, steps));
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
	}

	/** The API's routes without those of other schema lines. */
	@Bean
	WebMvcRegistrations servedRoutes(ApiSchema schema) {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new ServedRoutesHandlerMapping(schema);
			}
		};
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorPages() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			}
		});
	}

}

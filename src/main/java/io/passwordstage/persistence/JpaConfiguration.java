package io.passwordstage.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The service's Spring Data repositories. Every repository call runs inside a service's
 * transaction: no transaction interceptor of its own. (Here rather than on the
 * application class, so that web-slice tests start without the database.)
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "io.passwordstage", enableDefaultTransactions = false)
class JpaConfiguration {

}

package io.passwordstage.persistence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The service's Spring Data repositories and transaction manager. Every repository call
 * runs inside a service's transaction: no transaction interceptor of its own. (Here
 * rather than on the application class, so that web-slice tests start without the
 * database.)
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "io.passwordstage", enableDefaultTransactions = false)
class JpaConfiguration {

	/**
	 * Spring Boot's own, as Boot customises it, with {@link WriteTransactions}' rules.
	 */
	@Bean
	PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		WriteTransactions transactions = new WriteTransactions();
		customizers.ifAvailable((each) -> each.customize(transactions));
		return transactions;
	}

}

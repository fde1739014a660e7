package io.passwordstage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** authentik-compatible PasswordStage admin API on PostgreSQL. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
// every repository call runs inside a service's transaction: no transaction interceptor
// of its own
@EnableJpaRepositories(enableDefaultTransactions = false)
public class PasswordStageApplication {

	public static void main(String[] args) {
		SpringApplication.run(PasswordStageApplication.class, args);
	}

}

package io.passwordstage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** authentik-compatible PasswordStage admin API on PostgreSQL. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PasswordStageApplication {

	public static void main(String[] args) {
		SpringApplication.run(PasswordStageApplication.class, args);
	}

}

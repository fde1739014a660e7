package io.passwordstage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The service against a PostgreSQL that Testcontainers starts, for a machine with Docker
 * and no PostgreSQL of its own: {@code ./mvnw spring-boot:test-run}. The container lives
 * as long as the service; its data goes with it.
 */
public final class TestPasswordStageApplication {

	private TestPasswordStageApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(PasswordStageApplication::main).with(ContainerDatabase.class).run(args);
	}

	/**
	 * PostgreSQL 15, as in the Compose file; its URL and credentials become the
	 * datasource's.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ContainerDatabase {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return new PostgreSQLContainer("postgres:15-alpine");
		}

	}

}

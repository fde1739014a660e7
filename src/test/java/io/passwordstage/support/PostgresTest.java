package io.passwordstage.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of every test that needs the database: points Spring at {@link TestDatabase}. */
public abstract class PostgresTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase::url);
		registry.add("spring.datasource.username", TestDatabase::user);
		registry.add("spring.datasource.password", TestDatabase::password);
	}

}

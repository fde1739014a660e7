package io.passwordstage.support;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of integration tests that drive the packaged service, started once per class on a
 * new empty database.
 */
public abstract class FreshPackagedService {

	protected static PackagedService service;

	@BeforeAll
	static void startPackagedService() throws Exception {
		service = PackagedService.start(TestDatabase.createFreshDatabase(), Map.of()).awaitReady();
	}

	@AfterAll
	static void stopService() throws InterruptedException {
		if (service != null) {
			service.stop();
			service = null;
		}
	}

}

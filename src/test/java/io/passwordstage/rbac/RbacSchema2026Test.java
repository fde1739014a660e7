package io.passwordstage.rbac;

import java.util.Set;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 2026.2 line, the document's {@code /rbac/} paths and the components they use are
 * authentik 2026.2's: all of them are served.
 */
@TestPropertySource(properties = "authentik.api-schema=2026.2")
class RbacSchema2026Test extends ApiTest {

	@Test
	void rbacPathsAreAuthentiks() {
		assertThat(RbacDocument.differences(send("GET", "/api/v3/schema/", null, null, null).body(),
				"/openapi/authentik-access-2026.2.yaml", Set.of()))
			.isEmpty();
	}

}

package io.passwordstage.rbac;

import java.util.Set;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 2025.8 line, the document's {@code /rbac/} paths and the components they use are
 * authentik 2025.8's (the extract in {@code src/test/resources/openapi}): all of them are
 * served.
 */
class RbacSchemaTest extends ApiTest {

	@Test
	void rbacPathsAreAuthentiks() {
		assertThat(RbacDocument.differences(send("GET", "/api/v3/schema/", null, null, null).body(),
				"/openapi/authentik-access-2025.8.yaml", Set.of()))
			.isEmpty();
	}

}

package io.passwordstage.rbac;

import java.util.Set;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.Line2026_8;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the 2026.8 line, the document's {@code /rbac/} paths and the components they use are
 * authentik 2026.8's: all of them are served.
 */
@Line2026_8
class RbacSchema2026_8Test extends ApiTest {

	@Test
	void rbacPathsAreAuthentiks() {
		assertThat(RbacDocument.differences(send("GET", "/api/v3/schema/", null, null, null).body(),
				"/openapi/authentik-access-2026.8.yaml", Set.of()))
			.isEmpty();
	}

}

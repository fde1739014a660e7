package io.passwordstage.flow;

import io.passwordstage.auth.TokenPermission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Flow routes need authentik's flow permissions, carried by the token. */
class FlowPermissionsTest extends FlowTest {

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	@Test
	void eachRouteNeedsItsPermission() {
		String slug = unique("perm");
		createFlow(slug);
		String viewer = tokenWith(TokenPermission.VIEW_FLOW);
		String stagesOnly = tokenWith(TokenPermission.VIEW, TokenPermission.ADD);

		assertThat(send("GET", FLOWS, null, null, stagesOnly).body()).isEqualTo(DENIED);
		assertThat(send("GET", FLOWS, null, null, null).body())
			.isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
		assertThat(send("GET", FLOWS + slug + "/", null, null, viewer).status()).isEqualTo(200);
		assertThat(send("POST", FLOWS, flowBody(unique("no")), "application/json", viewer).body()).isEqualTo(DENIED);
		assertThat(send("PATCH", FLOWS + slug + "/", "{}", "application/json", viewer).body()).isEqualTo(DENIED);
		assertThat(send("DELETE", FLOWS + slug + "/", null, null, viewer).body()).isEqualTo(DENIED);
		assertThat(send("GET", FLOWS + slug + "/export/", null, null, viewer).body()).isEqualTo(DENIED);
		assertThat(send("GET", FLOWS + "cache_info/", null, null, viewer).body()).isEqualTo(DENIED);
		String editor = tokenWith(TokenPermission.VIEW_FLOW, TokenPermission.CHANGE_FLOW, TokenPermission.ADD_FLOW);
		assertThat(send("PATCH", FLOWS + slug + "/", "{}", "application/json", editor).status()).isEqualTo(200);
		assertThat(send("POST", FLOWS, flowBody(unique("yes")), "application/json", editor).status()).isEqualTo(201);
		assertThat(get(FLOWS + slug + "/").status()).isEqualTo(200);
	}

}

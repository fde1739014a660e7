package io.passwordstage.binding;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ObjectGrants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Bindings for a caller holding permissions on single bindings. */
class BindingObjectPermissionsTest extends BindingApiTest {

	private static final String VIEW = ApiPermission.VIEW_BINDING.value();

	@Test
	void theListShowsOnlyTheBindingsTheCallerMayView() {
		String target = flow(unique("objbind"));
		String seen = bind(target, stage(unique("objbind-a")), 10).get("pk").stringValue();
		String hidden = bind(target, stage(unique("objbind-b")), 20).get("pk").stringValue();
		String key = ObjectGrants.callerOn(tokens, VIEW, seen);

		JsonNode page = send("GET", BINDINGS + "?target=" + target, null, null, key).json();

		assertThat(page.get("pagination").get("count").asInt()).isOne();
		assertThat(page.get("results").get(0).get("pk").stringValue()).isEqualTo(seen);
		assertThat(send("GET", BINDINGS, null, null, key).json().get("pagination").get("count").asInt()).isOne();
		assertThat(send("GET", detail(hidden), null, null, key).body())
			.isEqualTo("{\"detail\":\"No FlowStageBinding matches the given query.\"}");
	}

}

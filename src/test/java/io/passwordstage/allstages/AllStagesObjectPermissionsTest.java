package io.passwordstage.allstages;

import java.util.List;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ObjectGrants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stages of any kind for a caller holding {@code view_stage} or
 * {@code view_passwordstage} on single stages: either counts.
 */
class AllStagesObjectPermissionsTest extends AllStagesTest {

	@Test
	void theListShowsTheStagesTheCallerMayViewEitherWay() {
		String prefix = unique("objall");
		List<JsonNode> stages = createNamed(prefix, "a", "b", "c");
		String identifier = unique("objallviewer");
		String key = ObjectGrants.caller(tokens, identifier);
		ObjectGrants.grant(identifier, ApiPermission.VIEW_STAGE.value(), stages.get(0).get("pk").stringValue());
		ObjectGrants.grant(identifier, ApiPermission.VIEW.value(), stages.get(2).get("pk").stringValue());

		JsonNode page = send("GET", ALL + "?ordering=name", null, null, key).json();

		assertThat(page.get("pagination").get("count").asInt()).isEqualTo(2);
		assertThat(names(page)).isEqualTo(prefix + "-a," + prefix + "-c");
		assertThat(send("GET", detail(stages.get(1).get("pk").stringValue()), null, null, key).body())
			.isEqualTo(NO_STAGE);
		assertThat(send("GET", ALL, null, null, ObjectGrants.caller(tokens, unique("objallnobody"))).body())
			.isEqualTo(DENIED);
	}

	@Test
	void usedByListsOnlyWhatTheCallerMayView() {
		String stage = createWithFlows(unique("objallused"), unique("objallflow")).get("pk").stringValue();
		String key = ObjectGrants.callerOn(tokens, ApiPermission.VIEW_STAGE.value(), stage);

		assertThat(send("GET", detail(stage) + "used_by/", null, null, key).body()).isEqualTo("[]");
		assertThat(get(detail(stage) + "used_by/").json().size()).isEqualTo(2);
	}

}

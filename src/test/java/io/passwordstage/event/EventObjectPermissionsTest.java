package io.passwordstage.event;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ApiTest;
import io.passwordstage.support.ObjectGrants;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail for a caller holding {@code view_event} on single events. */
class EventObjectPermissionsTest extends ApiTest {

	private static final String EVENTS = "/api/v3/events/events/";

	@Test
	void theListShowsOnlyTheEventsTheCallerMayView() {
		String stage = post(STAGES, StageBody.stage("objevent-" + java.util.UUID.randomUUID()).json()).json()
			.get("pk")
			.stringValue();
		String event = text("select event_uuid::text from authentik_events_event where context -> 'model' ->> 'pk' = ?",
				stage.replace("-", ""));
		String key = ObjectGrants.callerOn(tokens, ApiPermission.VIEW_EVENTS.value(), event);

		JsonNode page = send("GET", EVENTS, null, null, key).json();

		assertThat(page.get("pagination").get("count").asInt()).as(page.toString()).isOne();
		assertThat(page.get("results").get(0).get("pk").stringValue()).isEqualTo(event);
		assertThat(send("GET", EVENTS + "?action=model_deleted", null, null, key).json()
			.get("pagination")
			.get("count")
			.asInt()).isZero();
	}

}

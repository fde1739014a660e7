package io.passwordstage.stage;

import java.util.UUID;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ObjectGrants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.support.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller holding permissions on single stages only (authentik's object filter): the
 * list shows those stages, counted and paged as the whole list is; any other stage does
 * not exist for it; each write needs its permission on the stage.
 */
class PasswordStageObjectPermissionsTest extends StageApiTest {

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String VIEW = ApiPermission.VIEW.value();

	private static final String CHANGE = ApiPermission.CHANGE.value();

	@Test
	void theListShowsOnlyTheStagesTheCallerMayView() {
		String prefix = unique("objlist");
		String seen = createNamed(prefix + "-b").get("pk").stringValue();
		String alsoSeen = createNamed(prefix + "-c").get("pk").stringValue();
		createNamed(prefix + "-a");
		String key = viewerOf(seen, alsoSeen);

		JsonNode all = as(key, STAGES).json();
		JsonNode secondPage = as(key, STAGES + "?page_size=1&page=2").json();

		assertThat(all.get("pagination").get("count").asInt()).isEqualTo(2);
		assertThat(all.get("results").findValuesAsString("pk")).containsExactly(seen, alsoSeen);
		assertThat(secondPage.get("pagination").get("total_pages").asInt()).isEqualTo(2);
		assertThat(secondPage.get("results").findValuesAsString("pk")).containsExactly(alsoSeen);
		assertThat(as(key, STAGES + "?page=3&page_size=1").status()).isEqualTo(404);
		assertThat(as(key, STAGES + "?name=" + prefix + "-a").json().get("pagination").get("count").asInt()).isZero();
	}

	@Test
	void aSearchThatLeavesNoneOfTheCallersStagesIsForbidden() {
		String seen = createNamed(unique("objsearch")).get("pk").stringValue();
		String other = unique("objother");
		createNamed(other);
		String key = viewerOf(seen);

		Response search = as(key, STAGES + "?search=" + other);

		assertThat(search.status()).isEqualTo(403);
		assertThat(search.body()).isEqualTo(DENIED);
	}

	@Test
	void withoutAnyViewPermissionTheListIsForbidden() {
		String pk = createNamed(unique("objnone")).get("pk").stringValue();
		String nothing = ObjectGrants.caller(tokens, unique("nobody"));
		String staleKey = viewerOf(UUID.randomUUID().toString());

		assertThat(as(nothing, STAGES).body()).isEqualTo(DENIED);
		assertThat(as(nothing, detail(pk)).body()).isEqualTo(DENIED);
		assertThat(as(staleKey, STAGES).status()).isEqualTo(403);
		assertThat(as(staleKey, STAGES).body()).isEqualTo(DENIED);
	}

	@Test
	void anotherStageDoesNotExistForTheCaller() {
		String seen = createNamed(unique("objseen")).get("pk").stringValue();
		String hidden = createNamed(unique("objhidden")).get("pk").stringValue();
		String key = viewerOf(seen);

		assertThat(as(key, detail(seen)).status()).isEqualTo(200);
		Response other = as(key, detail(hidden));
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body()).isEqualTo("{\"detail\":\"No PasswordStage matches the given query.\"}");
		assertThat(as(key, detail(hidden) + "used_by/").status()).isEqualTo(404);
	}

	@Test
	void aStageIsChangedOnlyWithChangeOnIt() {
		String changeable = createNamed(unique("objchange")).get("pk").stringValue();
		String viewable = createNamed(unique("objview")).get("pk").stringValue();
		String caller = unique("editor");
		String key = ObjectGrants.caller(tokens, caller);
		ObjectGrants.grant(caller, VIEW, changeable);
		ObjectGrants.grant(caller, CHANGE, changeable);
		ObjectGrants.grant(caller, VIEW, viewable);

		Response changed = send("PATCH", detail(changeable), "{\"failed_attempts_before_cancel\": 7}",
				"application/json", key);
		Response refused = send("PATCH", detail(viewable), "{\"failed_attempts_before_cancel\": 7}", "application/json",
				key);

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("failed_attempts_before_cancel").asInt()).isEqualTo(7);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).isEqualTo(DENIED);
		assertThat(current(viewable).get("failed_attempts_before_cancel").asInt()).isEqualTo(5);
	}

	@Test
	void usedByListsOnlyWhatTheCallerMayView() {
		String slug = unique("objusedflow");
		JsonNode stage = createWithFlows(unique("objused"), slug);
		String pk = stage.get("pk").stringValue();
		String flow = stage.get("flow_set").get(0).get("pk").stringValue();
		String binding = text("select fsb_uuid::text from authentik_flows_flowstagebinding where stage_id = ?::uuid",
				pk);
		String stageOnlyKey = viewerOf(pk);
		String withBinding = unique("withbinding");
		String withBindingKey = ObjectGrants.caller(tokens, withBinding, ApiPermission.VIEW_FLOW.value());
		ObjectGrants.grant(withBinding, VIEW, pk);
		ObjectGrants.grant(withBinding, ApiPermission.VIEW_BINDING.value(), binding);

		assertThat(as(stageOnlyKey, detail(pk) + "used_by/").body()).isEqualTo("[]");
		assertThat(as(withBindingKey, detail(pk) + "used_by/").json().findValuesAsString("pk")).containsExactly(flow,
				binding);
		assertThat(get(detail(pk) + "used_by/").json().findValuesAsString("pk")).containsExactly(flow, binding);
	}

	/** A caller that may view these stages only. */
	private String viewerOf(String... pks) {
		return ObjectGrants.callerOn(tokens, VIEW, pks);
	}

	private Response as(String key, String path) {
		return send("GET", path, null, null, key);
	}

}

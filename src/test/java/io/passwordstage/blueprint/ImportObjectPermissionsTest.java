package io.passwordstage.blueprint;

import io.passwordstage.auth.ApiPermission;
import io.passwordstage.support.ObjectGrants;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;

import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import by a caller holding change and delete on single stages: it writes the stages
 * it may change or delete, and an entry on any other fails the whole import, changing
 * nothing.
 */
class ImportObjectPermissionsTest extends ImportTest {

	private static final String UPDATE = """
			version: 1
			entries:
			  - model: authentik_stages_password.passwordstage
			    identifiers: {name: %s}
			    attrs: {failed_attempts_before_cancel: %d}
			""";

	private static final String ABSENT = """
			version: 1
			entries:
			  - model: authentik_stages_password.passwordstage
			    state: absent
			    identifiers: {name: %s}
			""";

	private static final String REFUSED = "Entry invalid: You do not have permission to perform this action.";

	@Test
	void anImportChangesOnlyTheStagesTheCallerMayChange() {
		String mine = stage(unique("objimport-mine"));
		String theirs = stage(unique("objimport-theirs"));
		String key = callerWith(ApiPermission.CHANGE, mine);

		Response changed = importFile(UPDATE.formatted(mine, 7), key);
		Response refused = importFile(UPDATE.formatted(theirs, 7), key);
		Response both = importFile(
				UPDATE.formatted(mine, 9) + UPDATE.formatted(theirs, 9).replace("version: 1\nentries:\n", ""), key);

		assertThat(changed.json().get("success").asBoolean()).as(changed.body()).isTrue();
		assertThat(attempts(mine)).isEqualTo(7);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.json().get("success").asBoolean()).isFalse();
		assertThat(refused.json().get("logs").get(0).get("event").asString()).isEqualTo(REFUSED);
		assertThat(attempts(theirs)).isEqualTo(5);
		assertThat(importFile(UPDATE.formatted(theirs, 5), key).json().get("logs").get(0).get("event").asString())
			.as("an entry that would change nothing on a stage the caller may not change")
			.isEqualTo(REFUSED);
		assertThat(both.json().get("success").asBoolean()).isFalse();
		assertThat(attempts(mine)).isEqualTo(7);
		assertThat(attempts(theirs)).isEqualTo(5);
	}

	@Test
	void anImportDeletesOnlyTheStagesTheCallerMayDelete() {
		String mine = stage(unique("objdelete-mine"));
		String theirs = stage(unique("objdelete-theirs"));
		String key = callerWith(ApiPermission.DELETE, mine);

		Response refused = importFile(ABSENT.formatted(theirs), key);
		Response deleted = importFile(ABSENT.formatted(mine), key);

		assertThat(refused.json().get("logs").get(0).get("event").asString()).isEqualTo(REFUSED);
		assertThat(stages(theirs)).isOne();
		assertThat(deleted.json().get("success").asBoolean()).as(deleted.body()).isTrue();
		assertThat(stages(mine)).isZero();
	}

	@Test
	void theRouteNeedsEachChangePermissionOnSomeObjectAtLeast() {
		String key = ObjectGrants.caller(tokens, unique("objimport-none"), ApiPermission.ADD_FLOW.value(),
				ApiPermission.ADD_BINDING.value(), ApiPermission.ADD.value(), ApiPermission.CHANGE_FLOW.value(),
				ApiPermission.CHANGE_BINDING.value());

		Response response = importFile(UPDATE.formatted(unique("any"), 1), key);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("detail").asString())
			.isEqualTo("You do not have permission to perform this action.");
	}

	/**
	 * A caller with the route's add permissions and the flow and binding change
	 * permissions globally, and {@code permission} on the stage named {@code name} only.
	 */
	private String callerWith(ApiPermission permission, String name) {
		String identifier = unique("objimporter");
		String key = ObjectGrants.caller(tokens, identifier, ApiPermission.ADD_FLOW.value(),
				ApiPermission.ADD_BINDING.value(), ApiPermission.ADD.value(), ApiPermission.CHANGE_FLOW.value(),
				ApiPermission.CHANGE_BINDING.value());
		String pk = io.passwordstage.support.TestDatabase
			.text("select stage_uuid::text from authentik_flows_stage where name = ?", name);
		ObjectGrants.grant(identifier, permission.value(), pk);
		if (permission != ApiPermission.CHANGE) {
			ObjectGrants.grant(identifier, ApiPermission.CHANGE.value(), pk);
		}
		return key;
	}

	private String stage(String name) {
		Response response = post(STAGES, StageBody.stage(name).json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return name;
	}

	private static long attempts(String name) {
		return count("""
				select p.failed_attempts_before_cancel from authentik_stages_password_passwordstage p
				join authentik_flows_stage s on s.stage_uuid = p.stage_ptr_id where s.name = ?""", name);
	}

	private static long stages(String name) {
		return count("select count(*) from authentik_flows_stage where name = ?", name);
	}

}

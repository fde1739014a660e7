package io.passwordstage.auth;

import java.util.List;
import java.util.stream.Stream;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.passwordstage.auth.ApiPermission.ADD;
import static io.passwordstage.auth.ApiPermission.CHANGE;
import static io.passwordstage.auth.ApiPermission.DELETE;
import static io.passwordstage.auth.ApiPermission.VIEW;
import static io.passwordstage.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * POST needs {@code authentik_stages_password.add_passwordstage} (or a superuser token).
 */
class PermissionTest extends ApiTest {

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	static Stream<Arguments> withoutAdd() {
		return Stream.of(arguments("no permissions", List.of()),
				arguments("view, change and delete", List.of(VIEW.value(), CHANGE.value(), DELETE.value())),
				arguments("add on another model",
						List.of("authentik_flows.add_flow", "authentik_stages_dummy.add_dummystage")),
				arguments("bare codename", List.of("add_passwordstage")),
				arguments("other case", List.of("authentik_stages_password.ADD_passwordstage")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withoutAdd")
	void refusesATokenWithoutTheAddPermission(String description, List<String> permissions) {
		String name = "perm-refused-" + description;
		String key = tokenWith(permissions.toArray(String[]::new));

		Response response = send("POST", STAGES, StageBody.stage(name).json(), "application/json", key);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(DENIED);
		assertThat(count("select count(*) from authentik_flows_stage where name = '" + name + "'")).isZero();
	}

	@Test
	void checksThePermissionBeforeReadingTheBody() {
		String key = tokenWith(VIEW);

		assertThat(send("POST", STAGES, "{", "application/json", key).body()).isEqualTo(DENIED);
		assertThat(send("POST", STAGES, "{\"name\": \"\"}", "application/json", key).body()).isEqualTo(DENIED);
		assertThat(send("POST", STAGES, "x", "text/plain", key).body()).isEqualTo(DENIED);
	}

	@Test
	void createsWithOnlyTheAddPermission() {
		String key = tokenWith(ADD);

		Response response = send("POST", STAGES, StageBody.stage("perm-add-only").json(), "application/json", key);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("name").stringValue()).isEqualTo("perm-add-only");
		assertThat(count("select count(*) from authentik_flows_stage where name = 'perm-add-only'")).isOne();
	}

	@Test
	void validatesForATokenWithTheAddPermission() {
		Response response = send("POST", STAGES, "{}", "application/json", tokenWith(ADD));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"name\":[\"This field is required.\"],\"backends\":[\"This field is required.\"]}");
	}

	@Test
	void superuserTokenNeedsNoPermissions() {
		String key = tokens.mint("perm-superuser", "superuser", null, true, List.of());

		Response response = send("POST", STAGES, StageBody.stage("perm-superuser-stage").json(), "application/json",
				key);

		assertThat(response.status()).isEqualTo(201);
	}

}

package io.passwordstage.binding;

import io.passwordstage.auth.TokenPermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static io.passwordstage.auth.TokenPermission.ADD_BINDING;
import static io.passwordstage.auth.TokenPermission.CHANGE_BINDING;
import static io.passwordstage.auth.TokenPermission.DELETE_BINDING;
import static io.passwordstage.auth.TokenPermission.VIEW_BINDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route with no token and with tokens holding some of the four binding permissions;
 * a denied request changes nothing.
 */
class BindingPermissionsTest extends BindingApiTest {

	private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

	private static final String[] ROUTES = { "LIST", "CREATE", "GET", "PUT", "PATCH", "DELETE", "USED_BY" };

	private String flow;

	private String stage;

	private JsonNode binding;

	private Response call(String route, String token) {
		String pk = binding.get("pk").stringValue();
		String body = "{\"target\": \"" + flow + "\", \"stage\": \"" + stage + "\", \"order\": 99}";
		return switch (route) {
			case "LIST" -> send("GET", BINDINGS + "?target=" + flow, null, null, token);
			case "CREATE" -> send("POST", BINDINGS, body, "application/json", token);
			case "USED_BY" -> send("GET", detail(pk) + "used_by/", null, null, token);
			case "PUT", "PATCH" -> send(route, detail(pk), body, "application/json", token);
			default -> send(route, detail(pk), null, null, token);
		};
	}

	@BeforeEach
	void setUp() {
		flow = flow(unique("permflow"));
		stage = stage(unique("permstage"));
		binding = bind(flow, stage, 1);
	}

	@Test
	void anonymousIsNotAuthenticatedOnCollectionsAndDeniedOnObjects() {
		String before = rows();
		for (String route : ROUTES) {
			Response response = call(route, null);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route)
				.isEqualTo(route.equals("LIST") || route.equals("CREATE") ? NOT_AUTHENTICATED : DENIED);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ADD_BINDING,CHANGE_BINDING,DELETE_BINDING", "VIEW,ADD,CHANGE,DELETE,VIEW_STAGE" })
	void withoutViewOnlyCreateMayPass(String permissions) {
		String token = tokenWith(permissions.isEmpty() ? new TokenPermission[0]
				: java.util.Arrays.stream(permissions.split(","))
					.map(TokenPermission::valueOf)
					.toArray(TokenPermission[]::new));
		String before = rows();
		for (String route : ROUTES) {
			if (route.equals("CREATE") && permissions.contains("ADD_BINDING")) {
				continue;
			}
			Response response = call(route, token);
			assertThat(response.status()).as(route).isEqualTo(403);
			assertThat(response.body()).as(route).isEqualTo(DENIED);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void eachPermissionOpensItsRoutes() {
		String view = tokenWith(VIEW_BINDING);
		assertThat(call("LIST", view).status()).isEqualTo(200);
		assertThat(call("GET", view).json()).isEqualTo(binding);
		assertThat(call("USED_BY", view).status()).isEqualTo(200);
		String before = rows();
		for (String route : new String[] { "CREATE", "PUT", "PATCH", "DELETE" }) {
			assertThat(call(route, view).status()).as(route).isEqualTo(403);
		}
		assertThat(call("DELETE", tokenWith(VIEW_BINDING, CHANGE_BINDING)).status()).isEqualTo(403);
		assertThat(call("PATCH", tokenWith(VIEW_BINDING, DELETE_BINDING)).status()).isEqualTo(403);
		assertThat(rows()).isEqualTo(before);

		assertThat(call("CREATE", tokenWith(ADD_BINDING)).status()).isEqualTo(201);
		assertThat(call("PATCH", tokenWith(CHANGE_BINDING)).status()).isEqualTo(403);
		Response patched = send("PATCH", detail(binding.get("pk").stringValue()), "{\"order\": 2}", "application/json",
				tokenWith(VIEW_BINDING, CHANGE_BINDING));
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(call("DELETE", tokenWith(VIEW_BINDING, DELETE_BINDING)).status()).isEqualTo(204);
	}

}

package io.passwordstage.binding;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;
import org.junit.jupiter.api.BeforeEach;
import io.passwordstage.event.Change;
import java.util.Map;
import java.util.Arrays;
import java.util.UUID;

import io.passwordstage.auth.AuthSlice;
import io.passwordstage.auth.ApiPermission;
import io.passwordstage.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.passwordstage.auth.ApiPermission.ADD_BINDING;
import static io.passwordstage.auth.ApiPermission.CHANGE_BINDING;
import static io.passwordstage.auth.ApiPermission.DELETE_BINDING;
import static io.passwordstage.auth.ApiPermission.VIEW_BINDING;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every binding route with no token and with tokens holding some of the four binding
 * permissions, in Spring's web slice: a denied request never reaches the service (so it
 * changes nothing); an allowed one does.
 */
@WebMvcTest(controllers = FlowStageBindingController.class)
@Import({ AuthSlice.class, WebSlice.class, FlowStageBindingValidator.class })
class BindingPermissionsTest {

	private static final String BINDINGS = "/api/v3/flows/bindings/";

	private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String[] ROUTES = { "LIST", "CREATE", "GET", "PUT", "PATCH", "DELETE", "USED_BY" };

	private static final String PK = UUID.randomUUID().toString();

	private static final String BODY = "{\"target\": \"" + UUID.randomUUID() + "\", \"stage\": \"" + UUID.randomUUID()
			+ "\", \"order\": 99}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FlowStageBindingService service;

	@MockitoBean
	private FlowStageBindingViews views;

	private ResultActions call(String route, String token) throws Exception {
		MockHttpServletRequestBuilder request = switch (route) {
			case "LIST" -> on("GET", BINDINGS + "?target=" + UUID.randomUUID());
			case "CREATE" -> on("POST", BINDINGS).contentType("application/json").content(BODY);
			case "USED_BY" -> on("GET", BINDINGS + PK + "/used_by/");
			case "PUT", "PATCH" -> on(route, BINDINGS + PK + "/").contentType("application/json").content(BODY);
			default -> on(route, BINDINGS + PK + "/");
		};
		return mvc.perform(AuthSlice.as(token, request));
	}

	private static MockHttpServletRequestBuilder on(String method, String path) {
		return request(HttpMethod.valueOf(method), path);
	}

	/** A write's service answers a change to nothing, as far as a route needs. */
	@BeforeEach
	void writesAnswer() {
		when(service.create(any(), any(), any())).thenReturn(new Change<>(null, Map.of()));
		when(service.update(any(), any(), anyBoolean(), any(), any())).thenReturn(new Change<>(null, Map.of()));
	}

	@Test
	void anonymousIsNotAuthenticatedOnCollectionsAndDeniedOnObjects() throws Exception {
		for (String route : ROUTES) {
			call(route, null).andExpect(status().isForbidden())
				.andExpect(
						content().string(route.equals("LIST") || route.equals("CREATE") ? NOT_AUTHENTICATED : DENIED));
		}
		verifyNoInteractions(service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ADD_BINDING,CHANGE_BINDING,DELETE_BINDING", "VIEW,ADD,CHANGE,DELETE,VIEW_STAGE" })
	void withoutViewOnlyCreateMayPass(String permissions) throws Exception {
		String token = AuthSlice.holding(permissions.isEmpty() ? new ApiPermission[0]
				: Arrays.stream(permissions.split(",")).map(ApiPermission::valueOf).toArray(ApiPermission[]::new));
		for (String route : ROUTES) {
			if (route.equals("CREATE") && permissions.contains("ADD_BINDING")) {
				continue;
			}
			call(route, token).andExpect(status().isForbidden()).andExpect(content().string(DENIED));
		}
		verifyNoInteractions(service);
	}

	@Test
	void eachPermissionOpensItsRoutes() throws Exception {
		String view = AuthSlice.holding(VIEW_BINDING);
		call("LIST", view).andExpect(status().isOk());
		call("GET", view).andExpect(status().isOk());
		call("USED_BY", view).andExpect(status().isOk());
		clearInvocations(service);
		for (String route : new String[] { "CREATE", "PUT", "PATCH", "DELETE" }) {
			call(route, view).andExpect(status().isForbidden());
		}
		call("DELETE", AuthSlice.holding(VIEW_BINDING, CHANGE_BINDING)).andExpect(status().isForbidden());
		call("PATCH", AuthSlice.holding(VIEW_BINDING, DELETE_BINDING)).andExpect(status().isForbidden());
		call("PATCH", AuthSlice.holding(CHANGE_BINDING)).andExpect(status().isForbidden());
		verifyNoInteractions(service);

		call("CREATE", AuthSlice.holding(ADD_BINDING)).andExpect(status().isCreated());
		verify(service).create(any(), any(), any());
		call("PATCH", AuthSlice.holding(VIEW_BINDING, CHANGE_BINDING)).andExpect(status().isOk());
		verify(service).update(eq(PK), any(), eq(true), isNull(), any());
		call("DELETE", AuthSlice.holding(VIEW_BINDING, DELETE_BINDING)).andExpect(status().isNoContent());
		verify(service).delete(eq(PK), isNull(), any());
	}

}

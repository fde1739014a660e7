package io.passwordstage.stage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.AuthSlice;
import io.passwordstage.event.Change;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.support.StageBody;
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

import static io.passwordstage.stage.PasswordStageController.ADD;
import static io.passwordstage.stage.PasswordStageController.CHANGE;
import static io.passwordstage.stage.PasswordStageController.DELETE;
import static io.passwordstage.stage.PasswordStageController.VIEW;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route but create, with no token and with tokens holding some of the four
 * permissions, in Spring's web slice: a refused request never reaches the service (so it
 * reads and writes nothing); an allowed one does.
 */
@WebMvcTest(controllers = PasswordStageController.class)
@Import({ AuthSlice.class, WebSlice.class, PasswordStageValidator.class, FlowSetValidator.class })
class PasswordStagePermissionsTest {

	private static final String STAGES = "/api/v3/stages/password/";

	private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String[] DETAIL_ROUTES = { "GET", "PUT", "PATCH", "DELETE", "USED_BY" };

	private static final String PK = UUID.randomUUID().toString();

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PasswordStageService service;

	@MockitoBean
	private PasswordStageViews views;

	/**
	 * One request on a stage's route; {@code USED_BY} is the GET of its used_by action.
	 */
	private ResultActions call(String route, String token) throws Exception {
		MockHttpServletRequestBuilder request = switch (route) {
			case "USED_BY" -> on("GET", STAGES + PK + "/used_by/");
			case "PUT" -> on("PUT", STAGES + PK + "/").contentType("application/json")
				.content(StageBody.stage("perm-put")
					.backends(Backend.TOKEN)
					.set("failed_attempts_before_cancel", 1)
					.flows()
					.json());
			case "PATCH" -> on("PATCH", STAGES + PK + "/").contentType("application/json")
				.content("{\"failed_attempts_before_cancel\": 1, \"flow_set\": []}");
			default -> on(route, STAGES + PK + "/");
		};
		return mvc.perform(AuthSlice.as(token, request));
	}

	private ResultActions list(String token) throws Exception {
		MockHttpServletRequestBuilder request = on("GET", STAGES + "?search=perm");
		return mvc.perform(AuthSlice.as(token, request));
	}

	private static MockHttpServletRequestBuilder on(String method, String path) {
		return request(HttpMethod.valueOf(method), path);
	}

	private static PasswordStage stage() {
		return PasswordStage.of(UUID.fromString(PK), "perm", List.of(), List.of(Backend.TOKEN.value()), null, 1, false);
	}

	@Test
	void anonymousListIsNotAuthenticated() throws Exception {
		list(null).andExpect(status().isForbidden()).andExpect(content().string(NOT_AUTHENTICATED));

		verifyNoInteractions(service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "PATCH", "DELETE", "USED_BY" })
	void anonymousDetailRoutesAreDenied(String route) throws Exception {
		call(route, null).andExpect(status().isForbidden()).andExpect(content().string(DENIED));

		verifyNoInteractions(service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ADD, CHANGE + "," + DELETE, ADD + "," + CHANGE + "," + DELETE })
	void tokenWithoutViewIsDeniedEverywhere(String permissions) throws Exception {
		String token = AuthSlice.holding(permissions.isEmpty() ? new String[0] : permissions.split(","));

		list(token).andExpect(status().isForbidden()).andExpect(content().string(DENIED));
		for (String route : DETAIL_ROUTES) {
			call(route, token).andExpect(status().isForbidden()).andExpect(content().string(DENIED));
		}
		verifyNoInteractions(service);
	}

	@Test
	void viewOnlyReadsButCannotWrite() throws Exception {
		String token = AuthSlice.holding(VIEW);
		when(service.get(PK)).thenReturn(stage());
		when(service.usedBy(eq(PK), any())).thenReturn(List.of());

		call("GET", token).andExpect(status().isOk());
		call("USED_BY", token).andExpect(status().isOk());
		for (String route : new String[] { "PUT", "PATCH", "DELETE" }) {
			call(route, token).andExpect(status().isForbidden()).andExpect(content().string(DENIED));
		}
		list(token).andExpect(status().isOk());
		verify(views).list(any(), isNull());
		verify(service).get(PK);
		verify(service).usedBy(eq(PK), any());
		verifyNoMoreInteractions(service);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH" })
	void viewAndChangeMayUpdate(String route) throws Exception {
		when(service.update(eq(PK), any(), anyBoolean(), isNull(), any())).thenReturn(new Change<>(stage(), Map.of()));

		call(route, AuthSlice.holding(VIEW, CHANGE)).andExpect(status().isOk());

		verify(service).update(eq(PK), any(), eq("PATCH".equals(route)), isNull(), any());
	}

	@Test
	void viewAndChangeMayNotDelete() throws Exception {
		call("DELETE", AuthSlice.holding(VIEW, CHANGE)).andExpect(status().isForbidden())
			.andExpect(content().string(DENIED));

		verifyNoInteractions(service);
	}

	@Test
	void viewAndDeleteMayDelete() throws Exception {
		String token = AuthSlice.holding(VIEW, DELETE);

		call("PATCH", token).andExpect(status().isForbidden()).andExpect(content().string(DENIED));
		verifyNoInteractions(service);

		call("DELETE", token).andExpect(status().isNoContent()).andExpect(content().string(""));
		verify(service).delete(eq(PK), isNull(), any());
	}

}

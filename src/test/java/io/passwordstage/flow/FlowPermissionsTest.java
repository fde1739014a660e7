package io.passwordstage.flow;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;
import org.junit.jupiter.api.BeforeEach;
import io.passwordstage.event.Change;
import java.util.Map;
import io.passwordstage.auth.AuthSlice;
import io.passwordstage.auth.ApiPermission;
import io.passwordstage.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Flow routes need authentik's flow permissions, carried by the token; in Spring's web
 * slice, where a refused request never reaches the service.
 */
@WebMvcTest(controllers = FlowController.class)
@Import({ AuthSlice.class, WebSlice.class, FlowValidator.class })
class FlowPermissionsTest {

	private static final String FLOWS = "/api/v3/flows/instances/";

	private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

	private static final String BODY = "{\"name\": \"Flow\", \"slug\": \"perm\", \"title\": \"Welcome\", "
			+ "\"designation\": \"authentication\"}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FlowService service;

	/** A write's service answers a change to nothing, as far as a route needs. */
	@BeforeEach
	void writesAnswer() {
		when(service.create(any(), any(), any())).thenReturn(new Change<>(null, Map.of()));
		when(service.update(any(), any(), anyBoolean(), any(), any())).thenReturn(new Change<>(null, Map.of()));
	}

	@Test
	void eachRouteNeedsItsPermission() throws Exception {
		String viewer = AuthSlice.holding(ApiPermission.VIEW_FLOW);
		String stagesOnly = AuthSlice.holding(ApiPermission.VIEW, ApiPermission.ADD);

		send("GET", FLOWS, null, stagesOnly).andExpect(content().string(DENIED));
		send("GET", FLOWS, null, null)
			.andExpect(content().string("{\"detail\":\"Authentication credentials were not provided.\"}"));
		send("POST", FLOWS, BODY, viewer).andExpect(content().string(DENIED));
		send("PATCH", FLOWS + "perm/", "{}", viewer).andExpect(content().string(DENIED));
		send("DELETE", FLOWS + "perm/", null, viewer).andExpect(content().string(DENIED));
		send("GET", FLOWS + "cache_info/", null, viewer).andExpect(content().string(DENIED));
		verifyNoInteractions(service);

		send("GET", FLOWS + "perm/", null, viewer).andExpect(status().isOk());
		verify(service).get("perm");
		String editor = AuthSlice.holding(ApiPermission.VIEW_FLOW, ApiPermission.CHANGE_FLOW, ApiPermission.ADD_FLOW);
		send("PATCH", FLOWS + "perm/", "{}", editor).andExpect(status().isOk());
		verify(service).update(eq("perm"), any(), eq(true), isNull(), any());
		send("POST", FLOWS, BODY, editor).andExpect(status().isCreated());
		verify(service).create(any(), any(), any());
	}

	private ResultActions send(String method, String path, String json, String key) throws Exception {
		return mvc.perform(AuthSlice.as(key, json == null ? request(HttpMethod.valueOf(method), path)
				: request(HttpMethod.valueOf(method), path).contentType("application/json").content(json)));
	}

}

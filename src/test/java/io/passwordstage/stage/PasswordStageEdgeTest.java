package io.passwordstage.stage;

import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.passwordstage.auth.AuthSlice;
import io.passwordstage.event.Change;
import io.passwordstage.flow.FlowSetValidator;
import io.passwordstage.web.Body;
import io.passwordstage.web.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The HTTP edge of the password-stage routes in Spring's web slice, without the database:
 * who is refused before the body is read (and the service never called), how a body that
 * cannot be read is answered, and that every answer is JSON with the request's id.
 */
@WebMvcTest(controllers = PasswordStageController.class)
@Import({ AuthSlice.class, WebSlice.class, PasswordStageValidator.class, FlowSetValidator.class })
class PasswordStageEdgeTest {

	private static final String STAGES = "/api/v3/stages/password/";

	private static final String BODY = "{\"name\": \"edge\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"]}";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PasswordStageService service;

	@MockitoBean
	private PasswordStageViews views;

	@Test
	void callersWhoMayNotCreateAreRefusedBeforeTheServiceRuns() throws Exception {
		mvc.perform(create(null, "application/json", BODY))
			.andExpect(status().isForbidden())
			.andExpect(content().json("{\"detail\": \"Authentication credentials were not provided.\"}", true));
		mvc.perform(create("Bearer unknown-key", "application/json", BODY))
			.andExpect(status().isForbidden())
			.andExpect(content().json("{\"detail\": \"Token invalid/expired\"}", true));
		mvc.perform(create("Basic dXNlcjpwYXNz", "application/json", BODY))
			.andExpect(status().isForbidden())
			.andExpect(content().json("{\"detail\": \"Unsupported authentication type\"}", true));
		mvc.perform(create("Bearer " + AuthSlice.READER, "application/json", BODY))
			.andExpect(status().isForbidden())
			.andExpect(content().json("{\"detail\": \"You do not have permission to perform this action.\"}", true));
		verifyNoInteractions(service);
	}

	@Test
	void aBodyThatCannotBeReadIsAnsweredWhenTheServiceFirstUsesIt() throws Exception {
		when(service.create(any(), any(), any())).thenAnswer(call -> {
			call.getArgument(1, Body.class).read();
			throw new AssertionError("the body should have failed");
		});
		mvc.perform(create("Bearer " + AuthSlice.SUPERUSER, "text/plain", "name=edge"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().json("{\"detail\": \"Unsupported media type \\\"text/plain\\\" in request.\"}", true));
		mvc.perform(create("Bearer " + AuthSlice.SUPERUSER, "application/json", "{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("\\{\"detail\":\"JSON parse error - .*\"}")));
		mvc.perform(create("Bearer " + AuthSlice.SUPERUSER, "application/json", "[1]"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.json("{\"non_field_errors\": [\"Invalid data. Expected a dictionary, but got list.\"]}", true));
	}

	@Test
	void theServiceGetsTheTypedBodyAndTheAnswerIsTaggedJson() throws Exception {
		UUID id = UUID.randomUUID();
		when(service.create(any(), any(), any())).thenAnswer(call -> {
			PasswordStageRequest request = call.<Body<PasswordStageRequest>>getArgument(1).read();
			return new Change<>(PasswordStage.of(id, request.name(), List.of(), request.backends(), null, 5, false),
					Map.of());
		});
		mvc.perform(create("Bearer " + AuthSlice.SUPERUSER, "application/json", BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(header().string("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}\"")))
			.andExpect(header().string("X-authentik-id", matchesPattern("[0-9a-f]{32}")))
			.andExpect(content().json("{\"pk\": \"" + id + "\", \"name\": \"edge\", \"flow_set\": []}"));
	}

	private static MockHttpServletRequestBuilder create(String authorization, String contentType, String body) {
		MockHttpServletRequestBuilder request = post(STAGES).contentType(contentType).content(body);
		return authorization == null ? request : request.header("Authorization", authorization);
	}

}

package io.passwordstage.flow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile queries and paths, and the routes of authentik's flow viewset the service does
 * not serve: always a JSON 4xx (or a 200 list), never a 5xx.
 */
class FlowHostileInputTest extends FlowTest {

	@ParameterizedTest
	@ValueSource(strings = { "?search=%00", "?slug=%00", "?name=a%00b", "?flow_uuid=%00", "?designation=%00",
			"?ordering=%00", "?ordering=-,--slug,,", "?page_size=-1", "?page_size=99999999999999999999",
			"?page=%F0%9F%92%A9", "?search=%27%3B%20drop%20table%20x%3B--", "?search=%5C%25%5F", "?slug=" + "a%00" })
	void listQueries(String query) {
		Response response = get(FLOWS + query);

		assertThat(response.status()).as(response.body()).isIn(200, 400, 404);
		assertThat(response.json().isObject()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00/", "%C0%AE/", "..%2F/", "x%2Fy/", "%F0%9F%92%A9/", "a'b/", "x/execute/", "x/diagram/",
			"x/set_background/", "x/set_background_url/", "x/export/extra/" })
	void pathsAndLeftOutRoutes(String path) {
		for (String method : new String[] { "GET", "POST", "PUT", "DELETE" }) {
			Response response = send(method, FLOWS + path,
					method.equals("GET") || method.equals("DELETE") ? null : "{}", "application/json", BOOTSTRAP_KEY);

			assertThat(response.status()).as(method + " " + path + ": " + response.body()).isBetween(400, 405);
			assertThat(response.json().has("detail")).as(response.body()).isTrue();
		}
	}

}

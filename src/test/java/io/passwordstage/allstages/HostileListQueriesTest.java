package io.passwordstage.allstages;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Query strings meant to break the list are answered with a 4xx or 200, always JSON. */
class HostileListQueriesTest extends AllStagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "search=%00", "name=%00", "ordering=%00", "ordering=name%00",
			"search=%27%3B%20drop%20table%20authentik_flows_stage%3B--", "ordering=name;drop", "ordering=(select%201)",
			"search=%5C", "search=%E2%80%AE%F0%9F%98%80", "search=%ED%A0%80", "page=%00", "page_size=%00",
			"name=a&name=b", "ordering=,,,", "search=" + "x%2C" + "x%2C" })
	void hostileQueryStringsAreAnsweredWithJson(String query) {
		Response response = get(ALL + "?" + query);

		assertThat(response.status()).as(query).isLessThan(500);
		assertThat(response.header("Content-Type")).as(query).startsWith("application/json");
		assertThat(response.json().isObject()).as(response.body()).isTrue();
		assertThat(get(ALL + "?page_size=1").status()).isEqualTo(200);
	}

	@Test
	void aVeryLongSearchIsNoServerError() {
		Response response = get(ALL + "?search=" + "ab%20".repeat(2000));

		assertThat(response.status()).isLessThan(500);
		assertThat(response.json().isObject()).isTrue();
	}

	@Test
	void aNameWithANullCharacterMatchesNothing() {
		Response response = get(ALL + "?name=a%00b");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("pagination").get("count").intValue()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "?search=%zz", "?name=%zz&page=%C3%28", "?search={|}", "?ordering=%", "?search=a b" })
	void queryStringsNoClientSendsAreA400WithJson(String query) throws IOException {
		String answer = raw("GET " + ALL + query + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ BOOTSTRAP_KEY + "\r\nConnection: close\r\n\r\n");

		assertThat(answer).as(answer).startsWith("HTTP/1.1 400 ").contains("{\"detail\":\"");
	}

	/** A request written by hand, for what an HTTP client refuses to send. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

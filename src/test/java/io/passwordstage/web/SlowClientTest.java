package io.passwordstage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.passwordstage.support.ApiTest;
import io.passwordstage.support.StageBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Slow and hostile clients on a real socket: a body is read whole before anything is
 * held, within the deadline (2 s here), and a request refused before its body is needed
 * is answered at once and its connection closed. Four workers only, to show that waiting
 * clients hold none. The memory that bodies still arriving may hold is set to what
 * thirteen of 100 declared bytes take.
 */
@TestPropertySource(properties = { "authentik.request-deadline=2s", "server.tomcat.threads.max=4",
		"spring.threads.virtual.enabled=false",
		"authentik.pending-bodies-memory=" + SlowClientTest.THIRTEEN_WAITING + "B" })
class SlowClientTest extends ApiTest {

	static final long THIRTEEN_WAITING = 13 * (BodyBudget.CONNECTION_BYTES + 100);

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aBodyTrickledWithinTheDeadlineIsServed() throws Exception {
		byte[] body = StageBody.stage("trickled").json().getBytes(StandardCharsets.UTF_8);
		try (Socket socket = open()) {
			send(socket, head("POST", STAGES, BOOTSTRAP_KEY, "application/json", body.length));
			for (int i = 0; i < body.length; i += body.length / 4 + 1) {
				socket.getOutputStream().write(body, i, Math.min(body.length - i, body.length / 4 + 1));
				socket.getOutputStream().flush();
				Thread.sleep(150);
			}
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 201").contains("\"name\":\"trickled\"");
		}
	}

	@Test
	void aBodyNotWholeWithinTheDeadlineIs408AndItsConnectionClosed() throws Exception {
		byte[] body = StageBody.stage("never-finished").json().getBytes(StandardCharsets.UTF_8);
		try (Socket socket = open()) {
			send(socket, head("POST", STAGES, BOOTSTRAP_KEY, "application/json", body.length));
			socket.getOutputStream().write(body, 0, 10);
			long start = System.nanoTime();
			String answer = readAnswer(socket);
			long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

			assertThat(answer).startsWith("HTTP/1.1 408")
				.contains("Connection: close")
				.endsWith("{\"detail\":\"The request was not received whole within 2 seconds.\"}");
			assertThat(waited).isBetween(1500L, 6000L);
			assertThat(closedByServer(socket)).isTrue();
		}
		assertThat(jdbc.sql("select count(*) from passwordstage.authentik_flows_stage where name = 'never-finished'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void requestsRefusedBeforeTheirBodyIsNeededAreAnsweredAtOnceAndClosed() throws Exception {
		String reader = tokenWith("authentik_stages_password.view_passwordstage");
		assertRefusedAtOnce(head("POST", STAGES, null, "application/json", 500), "403",
				"{\"detail\":\"Authentication credentials were not provided.\"}");
		assertRefusedAtOnce(head("POST", STAGES, "not-a-token", "application/json", 500), "403",
				"{\"detail\":\"Token invalid/expired\"}");
		assertRefusedAtOnce(head("POST", STAGES, reader, "application/json", 500), "403",
				"{\"detail\":\"You do not have permission to perform this action.\"}");
		assertRefusedAtOnce(head("POST", STAGES, BOOTSTRAP_KEY, "text/plain", 500), "415",
				"{\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}");
		assertRefusedAtOnce(head("POST", STAGES, BOOTSTRAP_KEY, "application/json", 50_000_000), "413",
				"{\"detail\":\"Request body is larger than the limit of 1048576 bytes.\"}");
		assertRefusedAtOnce(head("POST", "/api/v3/no-such-route/", BOOTSTRAP_KEY, "application/json", 500), "404",
				"{\"detail\":\"Not found.\"}");
		assertRefusedAtOnce(
				head("PATCH", STAGES + "00000000-0000-0000-0000-000000000000/", BOOTSTRAP_KEY, "text/plain", 500),
				"404", "{\"detail\":\"No PasswordStage matches the given query.\"}");
	}

	@Test
	void aRefusedRequestWhoseBodyHasArrivedKeepsItsConnection() throws Exception {
		byte[] body = StageBody.stage("refused").json().getBytes(StandardCharsets.UTF_8);
		try (Socket socket = open()) {
			// head and body in one write: the body has arrived when the refusal is made
			socket.getOutputStream()
				.write((head("POST", STAGES, null, "application/json", body.length)
						+ new String(body, StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8));
			String refused = readAnswer(socket);
			send(socket, head("GET", STAGES, BOOTSTRAP_KEY, null, 0));

			assertThat(refused).startsWith("HTTP/1.1 403").doesNotContain("Connection: close");
			assertThat(readAnswer(socket)).startsWith("HTTP/1.1 200");
		}
	}

	@Test
	void aSlowPatchHoldsNeitherTheRowNorATransactionNorAWorker() throws Exception {
		String id = post(STAGES, StageBody.stage("patched-slowly").json()).json().get("pk").asString();
		List<Socket> slow = new ArrayList<>();
		try {
			// more slow clients than workers, one of them on the stage itself
			for (int i = 0; i < 12; i++) {
				Socket socket = open();
				send(socket, head("PATCH", STAGES + id + "/", BOOTSTRAP_KEY, "application/json", 100));
				socket.getOutputStream().write("{\"failed_att".getBytes(StandardCharsets.UTF_8));
				slow.add(socket);
			}
			Thread.sleep(300);

			long start = System.nanoTime();
			Response patched = send("PATCH", STAGES + id + "/", "{\"failed_attempts_before_cancel\": 7}",
					"application/json", BOOTSTRAP_KEY);
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

			assertThat(patched.status()).isEqualTo(200);
			assertThat(tookMs).isLessThan(1000);
			assertThat(jdbc
				.sql("select count(*) from pg_stat_activity where datname = current_database()"
						+ " and state like 'idle in transaction%'")
				.query(Long.class)
				.single()).isZero();
			for (Socket socket : slow) {
				assertThat(readAnswer(socket)).startsWith("HTTP/1.1 408");
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void pastTheMemoryBoundANewSlowBodyIs503AtOnceWhileWholeBodiesAreServed() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 13; i++) {
				Socket socket = open();
				send(socket, head("POST", STAGES, BOOTSTRAP_KEY, "application/json", 100));
				socket.getOutputStream().write("{\"name\"".getBytes(StandardCharsets.UTF_8));
				slow.add(socket);
			}
			Thread.sleep(300);

			try (Socket socket = open()) {
				long start = System.nanoTime();
				send(socket, head("POST", STAGES, BOOTSTRAP_KEY, "application/json", 100));
				socket.getOutputStream().write("{\"name\"".getBytes(StandardCharsets.UTF_8));
				String answer = readAnswer(socket);

				assertThat(answer).startsWith("HTTP/1.1 503")
					.contains("Retry-After: 1")
					.contains("Connection: close")
					.endsWith("{\"detail\":\"Too many requests are still sending their bodies; try again shortly.\"}");
				assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1500);
				assertThat(closedByServer(socket)).isTrue();
			}
			// a body that arrives with its head waits for nothing and is served
			byte[] whole = StageBody.stage("whole-while-bounded").json().getBytes(StandardCharsets.UTF_8);
			try (Socket socket = open()) {
				socket.getOutputStream()
					.write((head("POST", STAGES, BOOTSTRAP_KEY, "application/json", whole.length)
							+ new String(whole, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8));
				assertThat(readAnswer(socket)).startsWith("HTTP/1.1 201");
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
		// what the waiting requests held is given back when they end: a slow body is
		// waited for again
		byte[] body = StageBody.stage("after-the-bound").json().getBytes(StandardCharsets.UTF_8);
		String answer = "";
		for (int attempt = 0; attempt < 30 && !answer.startsWith("HTTP/1.1 201"); attempt++) {
			Thread.sleep(200);
			try (Socket socket = open()) {
				send(socket, head("POST", STAGES, BOOTSTRAP_KEY, "application/json", body.length));
				socket.getOutputStream().write(body, 0, 5);
				Thread.sleep(100);
				socket.getOutputStream().write(body, 5, body.length - 5);
				answer = readAnswer(socket);
			}
		}
		assertThat(answer).startsWith("HTTP/1.1 201");
	}

	private void assertRefusedAtOnce(String head, String status, String body) throws IOException {
		try (Socket socket = open()) {
			long start = System.nanoTime();
			send(socket, head);
			String answer = readAnswer(socket);
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

			assertThat(answer).startsWith("HTTP/1.1 " + status).contains("Connection: close").endsWith(body);
			assertThat(tookMs).as(head).isLessThan(1500);
			assertThat(closedByServer(socket)).as(head).isTrue();
		}
	}

	private Socket open() throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(8000);
		return socket;
	}

	private static String head(String method, String path, String token, String contentType, long length) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		if (token != null) {
			head.append("Authorization: Bearer ").append(token).append("\r\n");
		}
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (length > 0) {
			head.append("Content-Length: ").append(length).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	private static void send(Socket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
	}

	/**
	 * One answer: its head and, by its Content-Length, its chunks or the connection's
	 * end, its body.
	 */
	private static String readAnswer(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.write(b);
		}
		String text = head.toString(StandardCharsets.ISO_8859_1);
		String body;
		if (text.contains("Transfer-Encoding: chunked")) {
			body = readChunks(in);
		}
		else if (text.contains("Content-Length: ")) {
			int length = text.lines()
				.filter(line -> line.startsWith("Content-Length: "))
				.map(line -> Integer.parseInt(line.substring(16).strip()))
				.findFirst()
				.orElseThrow();
			body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
		}
		else {
			// delimited by the connection's end
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return text + body;
	}

	private static String readChunks(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			int size = Integer.parseInt(readLine(in).strip(), 16);
			if (size == 0) {
				readLine(in);
				return body.toString(StandardCharsets.UTF_8);
			}
			body.write(in.readNBytes(size));
			readLine(in);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			line.append((char) b);
		}
		return line.toString();
	}

	private static boolean closedByServer(Socket socket) throws IOException {
		try {
			return socket.getInputStream().read() < 0;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (java.net.SocketException ex) {
			// reset: closed with the unread body still arriving
			return true;
		}
	}

}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load that trains the service's ahead-of-time cache (deploy/train-aot.sh): the requests of
 * its everyday work, in the proportions of its steady state (reads, writes, nested flows, lists,
 * errors), on a few keep-alive connections for a given time. Long enough that the JIT compiles
 * the request path during training, so the cache carries the method profiles of serving, and a
 * new replica compiles its hot code from its first requests instead of profiling it first.
 *
 *   java TrainingLoad.java PORT KEY SECONDS      (or java -cp DIR TrainingLoad ..., compiled)
 *
 * Exits non-zero when a request that must succeed does not.
 */
public class TrainingLoad {

	private static final int CONNECTIONS = 4;

	private static final Pattern PK = Pattern.compile("\"pk\":\"([^\"]+)\"");

	private static final String BACKENDS = "\"backends\": [\"authentik.core.auth.InbuiltBackend\"]";

	public static void main(String[] args) throws Exception {
		String base = "http://127.0.0.1:" + args[0];
		String key = args[1];
		long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicLong requests = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
		List<Future<?>> workers = new ArrayList<>();
		for (int worker = 0; worker < CONNECTIONS; worker++) {
			int id = worker;
			workers.add(pool.submit(() -> {
				Session session = new Session(client, base, key, requests);
				for (int round = 0; System.nanoTime() < end; round++) {
					session.round(id + "-" + round, round % 10 == 0);
				}
				return null;
			}));
		}
		try {
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.println("training: " + requests.get() + " requests");
	}

	private record Session(HttpClient client, String base, String key, AtomicLong requests) {

		void round(String name, boolean everyKind) throws Exception {
			String stages = "/api/v3/stages/password/";
			String pk = pk(send("POST", stages, "{\"name\": \"training-" + name + "\", " + BACKENDS + "}", key, 201));
			send("POST", stages, "{\"name\": \"training-flow-" + name + "\", " + BACKENDS
					+ ", \"flow_set\": [{\"name\": \"Training " + name + "\", \"slug\": \"training-" + name
					+ "\", \"title\": \"Training\", \"designation\": \"authentication\"}]}", key, 201);
			for (int i = 0; i < 4; i++) {
				send("GET", stages + pk + "/", null, key, 200);
			}
			send("PATCH", stages + pk + "/", "{\"failed_attempts_before_cancel\": " + (name.length() % 9) + "}", key,
					200);
			send("PUT", stages + pk + "/", "{\"name\": \"training-" + name + "\", " + BACKENDS
					+ ", \"allow_show_password\": true}", key, 200);
			send("GET", stages + "?page_size=100", null, key, 200);
			if (everyKind) {
				send("GET", stages + "?ordering=name&search=training&page=1&page_size=20", null, key, 200);
				send("GET", stages + pk + "/used_by/", null, key, 200);
				send("GET", "/api/v3/flows/instances/", null, key, 200);
				send("GET", "/api/v3/flows/bindings/", null, key, 200);
				send("GET", "/api/v3/stages/all/", null, key, 200);
				send("GET", "/api/v3/core/users/me/", null, key, 200);
				send("GET", "/api/v3/core/tokens/", null, key, 200);
				send("POST", stages, "{\"name\": \"\", \"backends\": [\"nope\"], \"failed_attempts_before_cancel\": -1}",
						key, 400);
				send("GET", stages + "not-a-uuid/", null, key, 404);
				send("GET", stages + pk + "/", null, null, 403);
				send("GET", stages + pk + "/", null, "wrong-key", 403);
			}
			send("DELETE", stages + pk + "/", null, key, 204);
		}

		String send(String method, String path, String body, String token, int expected) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/json");
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			requests.incrementAndGet();
			if (response.statusCode() != expected) {
				throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + ", expected "
						+ expected + ": " + response.body());
			}
			return response.body();
		}

		static String pk(String body) {
			Matcher pk = PK.matcher(body);
			if (!pk.find()) {
				throw new IllegalStateException("no pk in " + body);
			}
			return pk.group(1);
		}

	}

}

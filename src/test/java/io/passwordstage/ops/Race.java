package io.passwordstage.ops;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.passwordstage.support.PackagedService;

/**
 * N requests released at the same moment from N threads: their responses by index, and
 * when each arrived.
 */
public final class Race {

	private final List<HttpResponse<String>> responses;

	private final long[] arrivals;

	private Race(List<HttpResponse<String>> responses, long[] arrivals) {
		this.responses = responses;
		this.arrivals = arrivals;
	}

	public static Race run(int n, IntFunction<HttpRequest> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			long[] arrivals = new long[n];
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				HttpRequest built = request.apply(i);
				int index = i;
				futures.add(pool.submit(() -> {
					gate.await();
					HttpResponse<String> response = PackagedService.client()
						.send(built, HttpResponse.BodyHandlers.ofString());
					arrivals[index] = System.nanoTime();
					return response;
				}));
			}
			gate.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(120, TimeUnit.SECONDS));
			}
			return new Race(responses, arrivals);
		}
		finally {
			pool.shutdownNow();
		}
	}

	public List<HttpResponse<String>> responses() {
		return responses;
	}

	public HttpResponse<String> response(int i) {
		return responses.get(i);
	}

	public long count(int status) {
		return responses.stream().filter(response -> response.statusCode() == status).count();
	}

	/** The index of the last response with {@code status} to arrive, or -1. */
	public int lastArrived(int status) {
		int last = -1;
		for (int i = 0; i < responses.size(); i++) {
			if (responses.get(i).statusCode() == status && (last < 0 || arrivals[i] > arrivals[last])) {
				last = i;
			}
		}
		return last;
	}

}

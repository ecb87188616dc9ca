package nl.onderwijsgraaf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Throughput and latency percentiles of one call run by many threads for a fixed time. */
record Measurement(int requests, double seconds, long[] sortedNanos) {

	static Measurement run(int concurrency, int warmupSeconds, int seconds, Callable<Object> call) throws Exception {
		drive(concurrency, warmupSeconds, call);
		return drive(concurrency, seconds, call);
	}

	private static Measurement drive(int concurrency, int seconds, Callable<Object> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<Future<long[]>> results = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			results.add(threads.submit(() -> {
				long[] latencies = new long[1024];
				int n = 0;
				while (System.nanoTime() < end) {
					long before = System.nanoTime();
					call.call();
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = System.nanoTime() - before;
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		long[] all = new long[0];
		try {
			for (Future<long[]> result : results) {
				long[] part = result.get();
				long[] merged = Arrays.copyOf(all, all.length + part.length);
				System.arraycopy(part, 0, merged, all.length, part.length);
				all = merged;
			}
		}
		finally {
			threads.shutdownNow(); // also when a request failed: no thread may keep the harness alive
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		Arrays.sort(all);
		return new Measurement(all.length, elapsed, all);
	}

	double throughput() {
		return this.requests / this.seconds;
	}

	double p50Millis() {
		return percentile(0.50);
	}

	double p99Millis() {
		return percentile(0.99);
	}

	private double percentile(double p) {
		if (this.sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(this.sortedNanos.length - 1, Math.ceil(p * this.sortedNanos.length) - 1);
		return this.sortedNanos[Math.max(0, index)] / 1e6;
	}

}

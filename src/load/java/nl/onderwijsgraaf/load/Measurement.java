package nl.onderwijsgraaf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput and latency percentiles of one call run by many threads for a fixed time, and the CPU time the processes
 * that serve it spent per call (negative when unknown). Why the CPU: on a shared machine throughput swings with
 * what else runs, while the CPU a request costs its servers hardly does, so it compares targets measured minutes
 * apart.
 */
record Measurement(int requests, double seconds, long[] sortedNanos, double cpuMillisPerRequest) {

	/** {@code servers}: the processes whose CPU time the call costs (the service, and the peer for the peer). */
	static Measurement run(int concurrency, int warmupSeconds, int seconds, Callable<Object> call,
			List<ProcessHandle> servers) throws Exception {
		drive(concurrency, warmupSeconds, call);
		long cpuBefore = cpuNanos(servers);
		Measurement measured = drive(concurrency, seconds, call);
		long cpuAfter = cpuNanos(servers);
		double perRequest = (cpuBefore < 0 || cpuAfter < 0 || measured.requests() == 0) ? -1
				: (cpuAfter - cpuBefore) / 1e6 / measured.requests();
		return new Measurement(measured.requests(), measured.seconds(), measured.sortedNanos(), perRequest);
	}

	/**
	 * Runs {@code call} as {@link #run} does, for {@code seconds}, measuring nothing: to warm its servers up. A call
	 * that fails here (a cold process on a busy machine may exceed the request timeout) is counted, not fatal.
	 *
	 * @return how many calls failed
	 */
	static int warm(int concurrency, int seconds, Callable<Object> call) throws Exception {
		java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
		drive(concurrency, seconds, () -> {
			try {
				return call.call();
			}
			catch (Exception ex) {
				failed.incrementAndGet();
				return null;
			}
		});
		return failed.get();
	}

	/** The CPU time the processes spent so far; -1 when one is unknown (not started here, or the OS will not say). */
	private static long cpuNanos(List<ProcessHandle> servers) {
		long total = 0;
		for (ProcessHandle server : servers) {
			java.util.Optional<java.time.Duration> cpu = server.info().totalCpuDuration();
			if (cpu.isEmpty()) {
				return -1;
			}
			total += cpu.get().toNanos();
		}
		return servers.isEmpty() ? -1 : total;
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
		return new Measurement(all.length, elapsed, all, -1);
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

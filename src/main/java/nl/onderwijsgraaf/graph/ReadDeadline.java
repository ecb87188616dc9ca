package nl.onderwijsgraaf.graph;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The moment by which every read of the running query operation must end. Why per operation, not per read: the
 * request timeout bounds the whole answer, so a read that starts late in an operation gets only what is left. Set on
 * the thread that runs the operation (the servlet stack runs a query's fields on it); a read outside any operation
 * gets the whole timeout from its own start.
 */
public final class ReadDeadline {

	private static final ThreadLocal<Long> deadline = new ThreadLocal<>();

	private ReadDeadline() {
	}

	/** Runs {@code operation} with its reads ending {@code timeout} from now. */
	public static <T> T within(Duration timeout, Supplier<T> operation) {
		Long outer = deadline.get();
		deadline.set(System.nanoTime() + timeout.toNanos());
		try {
			return operation.get();
		}
		finally {
			if (outer == null) {
				deadline.remove();
			}
			else {
				deadline.set(outer);
			}
		}
	}

	/** What is left of the current operation's time, at least a millisecond; {@code timeout} outside an operation. */
	static long remainingMillis(Duration timeout) {
		Long end = deadline.get();
		long nanos = (end != null) ? end - System.nanoTime() : timeout.toNanos();
		return Math.max(1, nanos / 1_000_000);
	}

}

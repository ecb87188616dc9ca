package nl.onderwijsgraaf.api;

/**
 * A read the service cannot answer yet, but will shortly (e.g. search while its index is still being built at
 * start): {@code code} says what is not ready, and a client retries after {@code retryAfterSeconds}.
 */
public class NotReadyException extends RuntimeException {

	private final ErrorCode code;

	private final long retryAfterSeconds;

	public NotReadyException(ErrorCode code, String message, long retryAfterSeconds) {
		super(message);
		this.code = code;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public ErrorCode code() {
		return this.code;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.onderwijsgraaf.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A token bucket per client on the GraphQL endpoint, in memory: a curator is counted by token name, anyone else by
 * remote address. Every answer says where the client stands ({@code X-RateLimit-Limit}, {@code -Remaining}, and
 * {@code -Reset}: seconds until the bucket is full again); an empty bucket gets 429 with code {@code RATE_LIMITED}
 * and {@code Retry-After}.
 */
final class RateLimitFilter extends GraphQlEndpointFilter {

	/** Above this many tracked clients, buckets that have refilled completely are dropped (they hold no state). */
	private static final int MAX_TRACKED_CLIENTS = 10_000;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final long nanosPerToken;

	private final LongSupplier clock;

	RateLimitFilter(LimitsProperties.RateLimit limit, RequestMatcher graphQlRequests, LongSupplier clock) {
		super(graphQlRequests);
		this.capacity = limit.capacity();
		this.nanosPerToken = Math.max(1, limit.period().toNanos() / limit.capacity());
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long now = this.clock.getAsLong();
		if (this.buckets.size() > MAX_TRACKED_CLIENTS) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		TokenBucket bucket = this.buckets.computeIfAbsent(clientOf(request), (client) -> new TokenBucket(now));
		boolean allowed;
		long remaining;
		long nanosUntilFull;
		synchronized (bucket) {
			allowed = bucket.take(now);
			remaining = (long) bucket.tokens;
			nanosUntilFull = (long) ((this.capacity - bucket.tokens) * this.nanosPerToken);
		}
		response.setHeader("X-RateLimit-Limit", Integer.toString(this.capacity));
		response.setHeader("X-RateLimit-Remaining", Long.toString(remaining));
		response.setHeader("X-RateLimit-Reset", Long.toString(secondsCeil(nanosUntilFull)));
		if (!allowed) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondsCeil(this.nanosPerToken)));
			HttpErrors.write(response, 429, ErrorCode.RATE_LIMITED,
					"Too many requests: at most " + this.capacity + " per client; retry after the Retry-After seconds");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Who a request counts for: the curator's token name, or the remote address. */
	static String clientOf(HttpServletRequest request) {
		Authentication caller = BearerTokenFilter.authenticatedCaller();
		return (caller != null) ? "token:" + caller.getName() : "address:" + request.getRemoteAddr();
	}

	private static long secondsCeil(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

	/** Tokens (fractional while refilling) and when they were last counted; guarded by the bucket's monitor. */
	private final class TokenBucket {

		private double tokens = RateLimitFilter.this.capacity;

		private long updated;

		TokenBucket(long now) {
			this.updated = now;
		}

		boolean take(long now) {
			refill(now);
			if (this.tokens < 1) {
				return false;
			}
			this.tokens -= 1;
			return true;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= RateLimitFilter.this.capacity;
		}

		private void refill(long now) {
			double added = (double) (now - this.updated) / RateLimitFilter.this.nanosPerToken;
			this.tokens = Math.min(RateLimitFilter.this.capacity, this.tokens + added);
			this.updated = now;
		}

	}

}

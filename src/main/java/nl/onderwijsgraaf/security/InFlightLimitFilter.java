package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.onderwijsgraaf.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * At most {@code maxInFlight} GraphQL requests per client (as the rate limit counts clients) being read or run at
 * once; one more gets 429 with code {@code TOO_MANY_IN_FLIGHT} before its body is read. Why: a request whose body
 * arrives slowly holds a server thread while it is read, and the rate limit counts requests, not threads; so one
 * client with many slow bodies could otherwise hold every thread and starve all others.
 */
final class InFlightLimitFilter extends GraphQlEndpointFilter {

	private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	private final int maxInFlight;

	InFlightLimitFilter(int maxInFlight, RequestMatcher graphQlRequests) {
		super(graphQlRequests);
		this.maxInFlight = maxInFlight;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = RateLimitFilter.clientOf(request);
		AtomicInteger running = this.inFlight.computeIfAbsent(client, (key) -> new AtomicInteger());
		if (running.incrementAndGet() > this.maxInFlight) {
			release(client, running);
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			HttpErrors.write(response, 429, ErrorCode.TOO_MANY_IN_FLIGHT, "At most " + this.maxInFlight
					+ " requests per client at once; wait for an answer before sending more");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			release(client, running);
		}
	}

	/** Counts one request less, and forgets a client with none, so that the map holds only clients in flight. */
	private void release(String client, AtomicInteger running) {
		if (running.decrementAndGet() == 0) {
			this.inFlight.remove(client, running);
		}
	}

}

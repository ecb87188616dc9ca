package nl.onderwijsgraaf.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask of the service, so that no client can exhaust it by accident or on purpose.
 *
 * @param maxDepth deepest nesting of fields in an operation
 * @param maxCost highest estimated number of fields an operation resolves: each field counts 1, a connection's
 * {@code first} (20 when absent) multiplies what is below it, and a plain list field multiplies what is below it by
 * {@code listSize}
 * @param listSize assumed length of a list field that has no {@code first}, for the cost estimate
 * @param maxAliases most aliased fields in an operation (fragments counted each time they are spread)
 * @param maxRootFields most top-level fields in an operation
 * @param maxBodySize largest request body; larger ones are refused before they are parsed
 * @param timeout longest an operation may run; it is then cancelled
 * @param rateLimit requests per client
 * @param maxInFlight requests per client being read or run at once
 * @param bodyReadTimeout longest the body of a request may take to arrive, however it trickles in
 */
@ConfigurationProperties("onderwijsgraaf.limits")
public record LimitsProperties(Integer maxDepth, Integer maxCost, Integer listSize, Integer maxAliases,
		Integer maxRootFields, DataSize maxBodySize, Duration timeout, RateLimit rateLimit, Integer maxInFlight,
		Duration bodyReadTimeout) {

	public LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 12;
		maxCost = (maxCost != null) ? maxCost : 100_000;
		listSize = (listSize != null) ? listSize : 10;
		maxAliases = (maxAliases != null) ? maxAliases : 30;
		maxRootFields = (maxRootFields != null) ? maxRootFields : 20;
		maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofKilobytes(64);
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		rateLimit = (rateLimit != null) ? rateLimit : new RateLimit(null, null);
		maxInFlight = (maxInFlight != null) ? maxInFlight : 16;
		bodyReadTimeout = (bodyReadTimeout != null) ? bodyReadTimeout : Duration.ofSeconds(10);
	}

	/**
	 * A token bucket per client (the token's name, or the remote address when anonymous): it holds at most
	 * {@code capacity} requests and refills at {@code capacity} per {@code period}.
	 *
	 * @param capacity requests a client may make at once, and per period
	 * @param period time in which an empty bucket fills up again
	 */
	public record RateLimit(Integer capacity, Duration period) {

		public RateLimit {
			capacity = (capacity != null) ? capacity : 300;
			period = (period != null) ? period : Duration.ofMinutes(1);
		}

	}

}

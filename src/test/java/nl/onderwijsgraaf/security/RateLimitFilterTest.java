package nl.onderwijsgraaf.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-client token bucket, on a small bucket and a clock the test moves: 3 requests per minute. */
class RateLimitFilterTest {

	private final AtomicLong nanos = new AtomicLong();

	private final RateLimitFilter filter = new RateLimitFilter(
			new LimitsProperties.RateLimit(3, Duration.ofMinutes(1)), PathPatternRequestMatcher.pathPattern("/graphql"),
			this.nanos::get);

	private MockHttpServletResponse request(String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void everyAnswerCarriesTheLimitWhatRemainsAndWhenTheBucketIsFullAgain() throws Exception {
		MockHttpServletResponse first = request("10.0.0.1");
		assertThat(first.getHeader("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(first.getHeader("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(first.getHeader("X-RateLimit-Reset")).isEqualTo("20");
	}

	@Test
	void aClientBeyondItsBucketGets429WithCodeRateLimited() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(request("10.0.0.2").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = request("10.0.0.2");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(refused.getHeader("Retry-After")).isEqualTo("20");
		assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
	}

	@Test
	void eachClientHasItsOwnBucket() throws Exception {
		for (int i = 0; i < 4; i++) {
			request("10.0.0.3");
		}
		assertThat(request("10.0.0.4").getStatus()).isEqualTo(200);
	}

	@Test
	void theBucketRefillsOverThePeriod() throws Exception {
		for (int i = 0; i < 4; i++) {
			request("10.0.0.5");
		}
		this.nanos.addAndGet(Duration.ofSeconds(20).toNanos());
		assertThat(request("10.0.0.5").getStatus()).isEqualTo(200);
		assertThat(request("10.0.0.5").getStatus()).isEqualTo(429);
	}

	@Test
	void otherPathsAreNotCounted() throws Exception {
		MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(health, response, new MockFilterChain());
		assertThat(response.getHeader("X-RateLimit-Limit")).isNull();
	}

}

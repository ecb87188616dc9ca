package nl.onderwijsgraaf.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers a repeated read from memory. The graph is read far more often than curators change it, and school teams'
 * apps and dashboards send the same few requests again and again; so the result of a public query (no
 * {@code Authorization} header, a {@code query} operation, no errors) is kept under its document, operation name,
 * variables and the {@link ReadVersion} it was computed under, and reused while that version lasts. Every change made
 * through this service moves the version before the mutation returns; a change another instance makes moves it when
 * this instance follows the audit log. Writes that bypass the service (Cypher sent straight to Neo4j) are not seen,
 * as by the search index.
 * <p>
 * The request still passes every HTTP filter (rate limit, body size) first, and an entry is only made from a request
 * that the {@code OperationGuard} behind this interceptor let through, with the same document and variables.
 * Bounded by {@code onderwijsgraaf.cache.max-values} values in the cached results; off with
 * {@code onderwijsgraaf.cache.enabled=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ResponseCache implements WebGraphQlInterceptor {

	private final boolean enabled;

	private final ReadVersion version;

	private final ParsedDocuments documents;

	private final Cache<Request, ExecutionResult> results;

	/** The newest read version a request has seen. */
	private final AtomicLong latestVersion = new AtomicLong(Long.MIN_VALUE);

	ResponseCache(@Value("${onderwijsgraaf.cache.enabled:true}") boolean enabled,
			@Value("${onderwijsgraaf.cache.max-values:500000}") long maxValues, ReadVersion version,
			ParsedDocuments documents) {
		this.enabled = enabled;
		this.version = version;
		this.documents = documents;
		this.results = Caffeine.newBuilder()
			.maximumWeight(maxValues)
			.weigher((Request request, ExecutionResult result) -> (int) Math.min(Integer.MAX_VALUE,
					request.document().length() / 16 + values(result.getData())))
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.enabled || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return chain.next(request);
		}
		long current = this.version.readVersion();
		if (this.latestVersion.getAndAccumulate(current, Math::max) < current) {
			this.results.invalidateAll(); // results of earlier versions can no longer be asked for: free their memory
		}
		Request key = new Request(current, request.getDocument(), request.getOperationName(), request.getVariables());
		ExecutionResult cached = this.results.getIfPresent(key);
		if (cached != null) {
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
		}
		return chain.next(request).doOnNext((response) -> {
			if (response.isValid() && response.getErrors().isEmpty() && this.documents.isQuery(key.document(), key.operationName())) {
				this.results.put(key, response.getExecutionResult());
			}
		});
	}

	/** How many values a result holds: its weight in the cache. */
	private static long values(Object data) {
		if (data instanceof Map<?, ?> map) {
			long count = 1;
			for (Object value : map.values()) {
				count += values(value);
			}
			return count;
		}
		if (data instanceof List<?> list) {
			long count = 1;
			for (Object value : list) {
				count += values(value);
			}
			return count;
		}
		return 1;
	}

	/** A request as asked under one read version: an answer is only ever reused for the same version. */
	private record Request(long version, String document, String operationName, Map<String, Object> variables) {

		Request {
			variables = Objects.requireNonNullElse(variables, Map.of());
		}

	}

}

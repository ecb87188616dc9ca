package nl.onderwijsgraaf.api;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps the answers to repeated reads. The graph is read far more often than curators change it, and school teams'
 * apps and dashboards send the same few requests again and again; so the HTTP answer to a public query (no
 * {@code Authorization} header, a {@code query} operation, no errors) is kept, as the bytes that were sent, under
 * the request body, its {@code Accept} and {@code Content-Type} headers and the {@link ReadVersion} it was computed
 * under, and sent again while that version lasts. Every change made through this service moves the version before
 * the mutation returns; a change another instance makes moves it when this instance follows the audit log. Writes
 * that bypass the service (Cypher sent straight to Neo4j) are not seen, as by the search index.
 * <p>
 * The HTTP filter that sends kept answers sits behind the rate limit and the body-size check, so a reused answer
 * counts and is checked like any other; an answer is only kept once this interceptor, which runs before the
 * {@code OperationGuard}, has seen the guard and the engine accept exactly that request. Bounded by
 * {@code onderwijsgraaf.cache.max-size} (requests and answers together); off with
 * {@code onderwijsgraaf.cache.enabled=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ResponseCache implements WebGraphQlInterceptor {

	/** Request attribute set when the answer to the request may be reused. */
	public static final String REUSABLE = ResponseCache.class.getName() + ".reusable";

	private final boolean enabled;

	private final ReadVersion version;

	private final ParsedDocuments documents;

	private final Cache<Key, Answer> answers;

	/** The newest read version a request has seen. */
	private final AtomicLong latestVersion = new AtomicLong(Long.MIN_VALUE);

	ResponseCache(@Value("${onderwijsgraaf.cache.enabled:true}") boolean enabled,
			@Value("${onderwijsgraaf.cache.max-size:64MB}") DataSize maxSize, ReadVersion version,
			ParsedDocuments documents) {
		this.enabled = enabled;
		this.version = version;
		this.documents = documents;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((Key key, Answer answer) -> key.body().capacity() + answer.body().length)
			.build();
	}

	public boolean enabled() {
		return this.enabled;
	}

	/** The key of a request as asked now: an answer is only ever reused under the same read version. */
	public Key keyOf(String accept, String contentType, byte[] body) {
		long current = this.version.readVersion();
		if (this.latestVersion.getAndAccumulate(current, Math::max) < current) {
			this.answers.invalidateAll(); // answers of earlier versions can no longer be asked for: free their memory
		}
		return new Key(current, String.valueOf(accept), String.valueOf(contentType), ByteBuffer.wrap(body));
	}

	/** The kept answer, or null. */
	public Answer answer(Key key) {
		return this.answers.getIfPresent(key);
	}

	public void keep(Key key, Answer answer) {
		this.answers.put(key, answer);
	}

	/** Marks the answer to a public query that the guard let through and that has no errors as reusable. */
	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.enabled || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return chain.next(request);
		}
		// Why the servlet request's attributes: the GraphQL request's own are read-only; Spring for GraphQL carries
		// the servlet request's along wherever the operation runs. Without them the answer is simply not kept.
		RequestAttributes servletRequest = RequestContextHolder.getRequestAttributes();
		return chain.next(request).doOnNext((response) -> {
			if (servletRequest != null && response.isValid() && response.getErrors().isEmpty()
					&& this.documents.isQuery(request.getDocument(), request.getOperationName())) {
				servletRequest.setAttribute(REUSABLE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
			}
		});
	}

	/**
	 * A request as asked under one read version: everything of it that the answer depends on (the body's bytes compared
	 * by content; the content type, since another one may be refused).
	 */
	public record Key(long version, String accept, String contentType, ByteBuffer body) {
	}

	/** An answer as it was sent. */
	public record Answer(String contentType, byte[] body) {
	}

}

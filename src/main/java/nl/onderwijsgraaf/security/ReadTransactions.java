package nl.onderwijsgraaf.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import nl.onderwijsgraaf.api.ParsedDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each query operation in one read transaction that Neo4j itself ends when it runs past the request timeout
 * ({@code onderwijsgraaf.limits.timeout}, rounded up to whole seconds, as Spring's transactions count): cancelling
 * the GraphQL execution between fields cannot stop a Cypher query that is already running, the database's
 * transaction timeout can, embedded or external alike. Every {@code Neo4jClient} read of the operation joins that
 * transaction. Mutations are left alone: curation writes run in transactions of their own, without this timeout,
 * and so does the seed load. Comes after {@link OperationGuard}, so a refused operation opens no transaction; and
 * as the guard cancels the operation at the timeout, before Neo4j ends the read, the answer is the guard's
 * {@code TIMEOUT}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ReadTransactions implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ReadTransactions.class);

	private final TransactionTemplate reads;

	private final ParsedDocuments documents;

	ReadTransactions(PlatformTransactionManager transactions, LimitsProperties limits, ParsedDocuments documents) {
		this.documents = documents;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setTimeout(wholeSeconds(limits.timeout()));
	}

	static int wholeSeconds(Duration timeout) {
		return (int) Math.max(1, timeout.plusNanos(999_999_999).toSeconds());
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.documents.isQuery(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		// Why block here: the transaction is bound to this thread, on which the servlet stack runs the operation.
		return Mono.fromCallable(() -> {
			AtomicReference<WebGraphQlResponse> response = new AtomicReference<>();
			try {
				this.reads.executeWithoutResult((TransactionStatus status) -> {
					status.setRollbackOnly(); // it only read: nothing to commit
					response.set(chain.next(request).block());
				});
			}
			catch (TransactionException ex) {
				if (response.get() == null) {
					throw ex;
				}
				// Why only logged: a transaction Neo4j ended cannot be rolled back, and the answer is complete.
				log.debug("Read transaction ended with {}", ex.toString());
			}
			return response.get();
		});
	}

}

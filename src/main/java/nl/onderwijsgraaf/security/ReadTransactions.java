package nl.onderwijsgraaf.security;

import nl.onderwijsgraaf.api.ParsedDocuments;
import nl.onderwijsgraaf.graph.GraphReads;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Runs each query operation so that Neo4j itself ends every read of it at the request timeout
 * ({@link GraphReads#operation}): cancelling the GraphQL execution between fields cannot stop a Cypher query that is
 * already running, the database's transaction timeout can, embedded or external alike. Mutations are left alone:
 * curation writes run in transactions of their own, without this timeout, and so does the seed load. Comes after
 * {@link OperationGuard}, so a refused operation reads nothing; and as the guard cancels the operation at the
 * timeout, before Neo4j ends the read, the answer is the guard's {@code TIMEOUT}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ReadTransactions implements WebGraphQlInterceptor {

	private final GraphReads reads;

	private final ParsedDocuments documents;

	ReadTransactions(GraphReads reads, ParsedDocuments documents) {
		this.reads = reads;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.documents.isQuery(request.getDocument(), request.getOperationName())) {
			return chain.next(request);
		}
		// Why block here: the read transaction or deadline is bound to this thread, on which the servlet stack runs
		// the operation.
		return Mono.fromCallable(() -> this.reads.operation(() -> chain.next(request).block()));
	}

}

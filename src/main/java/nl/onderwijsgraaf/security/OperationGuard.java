package nl.onderwijsgraaf.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.ParsedDocuments;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides, per GraphQL operation, before the engine runs it: an invalid bearer token is {@code UNAUTHENTICATED};
 * a mutation needs a curator's token ({@code UNAUTHENTICATED} without one, {@code FORBIDDEN} with a reader's); an
 * operation beyond the {@link LimitsProperties} is refused with the limit's code. An accepted operation gets the
 * curator's name in its GraphQL context under {@link #CURATOR} (and a mutation its {@value #IDEMPOTENCY_HEADER}
 * under {@link #IDEMPOTENCY_KEY}); a query is cancelled ({@code TIMEOUT}) when it runs longer than the configured
 * timeout, a mutation is not, since a write that committed must be answered as committed. Works for whatever
 * mutations the schema has, since it reads the operation
 * type from the document (the operation {@code operationName} selects, exactly as the engine selects it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class OperationGuard implements WebGraphQlInterceptor, DisposableBean {

	/** GraphQL context key of the authenticated curator's name (the token's name), for resolvers and audit. */
	public static final String CURATOR = "curator";

	/** GraphQL context key of a mutation's {@value #IDEMPOTENCY_HEADER} header, when the client sent one. */
	public static final String IDEMPOTENCY_KEY = "idempotencyKey";

	/** The header a client names a change with, so that sending it again cannot make it twice. */
	public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	/** What a key may be: up to 200 visible ASCII characters (a UUID, say). */
	private static final java.util.regex.Pattern IDEMPOTENCY_KEY_FORMAT = java.util.regex.Pattern.compile("[!-~]{1,200}");

	private final LimitsProperties limits;

	private final GraphQlSource graphQlSource;

	private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "graphql-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final ParsedDocuments documents;

	OperationGuard(LimitsProperties limits, GraphQlSource graphQlSource, ParsedDocuments documents) {
		this.limits = limits;
		this.graphQlSource = graphQlSource;
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (Boolean.TRUE.equals(request.getAttributes().get(BearerTokenFilter.INVALID_CREDENTIALS))) {
			return refuse(request, ErrorCode.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
					"The Authorization header is not a valid bearer token; send `Authorization: Bearer <token>`");
		}
		Optional<OperationInDocument> operation = operationOf(request);
		if (operation.isEmpty()) {
			return run(request, chain, null, false, null); // the engine reports what is wrong with the document
		}
		Authentication caller = BearerTokenFilter.authenticatedCaller();
		boolean mutation = operation.get().definition().getOperation() == OperationDefinition.Operation.MUTATION;
		String idempotencyKey = mutation ? request.getHeaders().getFirst(IDEMPOTENCY_HEADER) : null;
		if (mutation) {
			if (caller == null) {
				return refuse(request, ErrorCode.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
						"Mutations need a curator's token: send `Authorization: Bearer <token>`");
			}
			if (caller.getAuthorities().stream().noneMatch((a) -> "ROLE_CURATOR".equals(a.getAuthority()))) {
				return refuse(request, ErrorCode.FORBIDDEN, ErrorType.FORBIDDEN, "This token may read but not change the graph");
			}
			if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
				return refuse(request, ErrorCode.BAD_REQUEST, ErrorType.BAD_REQUEST, "The " + IDEMPOTENCY_HEADER
						+ " header must be 1 to 200 visible ASCII characters, e.g. a UUID");
			}
		}
		Optional<OperationLimits.LimitViolation> violation = new OperationLimits(this.limits,
				this.graphQlSource.schema(), operation.get().fragments(), request.getVariables())
			.check(operation.get().definition());
		if (violation.isPresent()) {
			return refuse(request, violation.get().code(), ErrorType.BAD_REQUEST, violation.get().message());
		}
		return run(request, chain, (caller != null) ? caller.getName() : null, mutation, idempotencyKey);
	}

	private Mono<WebGraphQlResponse> run(WebGraphQlRequest request, Chain chain, String curator, boolean mutation,
			String idempotencyKey) {
		AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
		request.configureExecutionInput((input, builder) -> {
			Map<String, Object> context = new java.util.HashMap<>();
			if (curator != null) {
				context.put(CURATOR, curator);
			}
			if (idempotencyKey != null) {
				context.put(IDEMPOTENCY_KEY, idempotencyKey);
			}
			builder.graphQLContext(context);
			ExecutionInput built = builder.build();
			// Why not a mutation: once its write may have committed, its answer must say so, not TIMEOUT.
			if (!mutation) {
				deadline.set(this.deadlines.schedule(built::cancel, this.limits.timeout().toNanos(), TimeUnit.NANOSECONDS));
			}
			return built;
		});
		return chain.next(request).map((response) -> {
			ScheduledFuture<?> timer = deadline.get();
			if (timer != null) {
				timer.cancel(false);
			}
			return response.getExecutionInput().isCancelled() ? timedOut(response) : response;
		});
	}

	private WebGraphQlResponse timedOut(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult()
			.getErrors()
			.stream()
			.map((error) -> (error.getErrorType() == graphql.ErrorType.ExecutionAborted) ? GraphqlErrorBuilder.newError()
				.message("The operation ran longer than " + this.limits.timeout().toMillis() + " ms and was cancelled")
				.errorType(graphql.ErrorType.ExecutionAborted)
				.extensions(Map.of("code", ErrorCode.TIMEOUT.name()))
				.build() : error)
			.toList();
		return response.transform((builder) -> builder.errors(errors));
	}

	private Optional<OperationInDocument> operationOf(WebGraphQlRequest request) {
		return this.documents.operation(request.getDocument(), request.getOperationName())
			.map((found) -> new OperationInDocument(found.operationDefinition, found.fragmentsByName));
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, ErrorCode code,
			ErrorClassification classification, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(classification)
			.extensions(Map.of("code", code.name()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

	@Override
	public void destroy() {
		this.deadlines.shutdownNow();
	}

	private record OperationInDocument(OperationDefinition definition,
			Map<String, graphql.language.FragmentDefinition> fragments) {

	}

}
